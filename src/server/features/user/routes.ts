import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams } from '../../../common/page.ts';
import { CreateUserBody, GrantBody, GrantParams, UserPage, UserQuery, UserView } from '../../../common/user/schemas.ts';
import type { Services } from '../../app.ts';
import { ctxOf } from '../ctx.ts';
import { addGrant, createUser, findUsers, removeGrant } from './service.ts';

export const userRoutes =
  (s: Services): FastifyPluginAsync =>
  async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    const tags = ['users'];
    app.get(
      '/',
      { config: { policy: 'user.read' }, schema: { tags, querystring: UserQuery, response: { 200: UserPage } } },
      (req) => findUsers(ctxOf(s, req), req.query),
    );
    app.post(
      '/',
      { config: { policy: 'user.manage' }, schema: { tags, body: CreateUserBody, response: { 201: UserView } } },
      async (req, reply) => reply.code(201).send(await createUser(ctxOf(s, req), req.body)),
    );
    app.post(
      '/:id/grants',
      {
        config: { policy: 'user.manage' },
        schema: { tags, params: IdParams, body: GrantBody, response: { 200: UserView } },
      },
      (req) => addGrant(ctxOf(s, req), req.params.id, req.body),
    );
    app.delete(
      '/:id/grants/:grantId',
      { config: { policy: 'user.manage' }, schema: { tags, params: GrantParams, response: { 200: UserView } } },
      (req) => removeGrant(ctxOf(s, req), req.params.id, req.params.grantId),
    );
  };
