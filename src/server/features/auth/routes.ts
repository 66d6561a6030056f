import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ChangePasswordBody, LoginBody, Me } from '../../../common/auth/schemas.ts';
import type { Services } from '../../app.ts';
import { SESSION_COOKIE } from '../../plugins/auth.ts';
import { rateLimitConfig } from '../../rate-limit.ts';
import { ctxOf } from '../ctx.ts';
import { presentMe } from './present.ts';
import { changePassword, login, logout } from './service.ts';

export const authRoutes =
  (s: Services): FastifyPluginAsync =>
  async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    const setCookie = (reply: FastifyReply, token: string, maxAge: number) =>
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: s.config.cookieSecure,
        maxAge,
      });

    app.post(
      '/login',
      {
        config: { policy: 'public', rateLimit: rateLimitConfig(20, '1 minute') },
        schema: { tags: ['auth'], summary: 'Đăng nhập', body: LoginBody, response: { 200: Me } },
      },
      async (req, reply) => {
        const { token, actor } = await login({
          db: s.db,
          config: s.config,
          now: s.clock.now(),
          body: req.body,
          ip: req.ip,
          userAgent: req.headers['user-agent'],
        });
        setCookie(reply, token, s.config.sessionHours * 3600);
        return presentMe(s.db, actor);
      },
    );

    app.post(
      '/logout',
      { config: { policy: 'authenticated' }, schema: { tags: ['auth'], summary: 'Đăng xuất' } },
      async (req, reply) => {
        await logout(ctxOf(s, req));
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send();
      },
    );

    app.get(
      '/me',
      { config: { policy: 'authenticated' }, schema: { tags: ['auth'], response: { 200: Me } } },
      async (req) => presentMe(s.db, req.actor!),
    );

    app.post(
      '/password',
      {
        config: { policy: 'authenticated', rateLimit: rateLimitConfig(10, '1 minute') },
        schema: { tags: ['auth'], summary: 'Đổi mật khẩu', body: ChangePasswordBody, response: { 204: z.null() } },
      },
      async (req, reply) => {
        await changePassword(ctxOf(s, req), req.body.currentPassword, req.body.newPassword);
        return reply.code(204).send(null);
      },
    );
  };
