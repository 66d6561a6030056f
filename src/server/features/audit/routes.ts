import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditPage, AuditQuery } from '../../../common/audit/schemas.ts';
import type { Services } from '../../app.ts';
import { ctxOf } from '../ctx.ts';
import { findAudit } from './service.ts';

export const auditRoutes =
  (s: Services): FastifyPluginAsync =>
  async (plain) => {
    plain.withTypeProvider<ZodTypeProvider>().get(
      '/',
      {
        config: { policy: 'audit.read' },
        schema: {
          tags: ['audit'],
          summary: 'Nhật ký hệ thống',
          querystring: AuditQuery,
          response: { 200: AuditPage },
        },
      },
      (req) => findAudit(ctxOf(s, req), req.query),
    );
  };
