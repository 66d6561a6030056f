import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DecideSafetyBody, RevokeSafetyBody, SafetyParams, SafetyView } from '../../../common/safety/schemas.ts';
import type { Services } from '../../app.ts';
import { ctxOf } from '../ctx.ts';
import { decideSafety, getSafety, revokeSafety } from './service.ts';

const tags = ['safety'];

/** The "An toàn về an ninh, trật tự" title of a unit for a year (Circular 124). */
export const safetyRoutes =
  (s: Services): FastifyPluginAsync =>
  async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/units/:unitId/:year',
      {
        config: { policy: 'evaluation.read' },
        schema: {
          tags,
          summary: 'Danh hiệu "An toàn về an ninh, trật tự" của đơn vị trong năm',
          params: SafetyParams,
          response: { 200: SafetyView },
        },
      },
      (req) => getSafety(ctxOf(s, req), req.params.unitId, req.params.year),
    );
    app.post(
      '/units/:unitId/:year',
      {
        config: { policy: 'evaluation.decide' },
        schema: {
          tags,
          summary: 'Quyết định công nhận (hoặc không công nhận) "An toàn về an ninh, trật tự"',
          params: SafetyParams,
          body: DecideSafetyBody,
          response: { 200: SafetyView },
        },
      },
      (req) => decideSafety(ctxOf(s, req), req.params.unitId, req.params.year, req.body),
    );
    app.post(
      '/units/:unitId/:year/revoke',
      {
        config: { policy: 'evaluation.decide' },
        schema: {
          tags,
          summary: 'Thu hồi danh hiệu "An toàn về an ninh, trật tự"',
          params: SafetyParams,
          body: RevokeSafetyBody,
          response: { 200: SafetyView },
        },
      },
      (req) => revokeSafety(ctxOf(s, req), req.params.unitId, req.params.year, req.body),
    );
  };
