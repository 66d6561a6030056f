import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ActivityWriteBody,
  ProgramDetail,
  ProgramView,
  ReviewWriteBody,
  SubRecordParams,
} from '../../../common/coordination-program/schemas.ts';
import { IdParams } from '../../../common/page.ts';
import type { Services } from '../../app.ts';
import { registryRoutes } from '../../registry/routes.ts';
import { ctxOf } from '../ctx.ts';
import { coordinationProgramRegistry as reg } from './registry.ts';
import { saveActivity, saveReview } from './sub-records.ts';

/** Coordination programmes: the registry routes plus activities and reviews, under /api/coordination-programs. */
export const coordinationProgramRoutes =
  (s: Services): FastifyPluginAsync =>
  async (app) => {
    app.register(
      async (x) => {
        registryRoutes(x, s, reg, {
          view: ProgramView,
          detail: ProgramDetail,
          names: { vi: 'chương trình phối hợp', file: 'chuong-trinh-phoi-hop' },
        });
        subRecordRoutes(x, s);
      },
      { prefix: '/coordination-programs' },
    );
  };

function subRecordRoutes(plain: Parameters<FastifyPluginAsync>[0], s: Services) {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const tags = [reg.name];
  const config = { policy: reg.perms.manage };
  const ok = { 200: ProgramDetail };
  app.post(
    '/:id/activities',
    {
      config,
      schema: {
        tags,
        summary: 'Thêm hoạt động của chương trình',
        params: IdParams,
        body: ActivityWriteBody,
        response: ok,
      },
    },
    (req) => saveActivity(ctxOf(s, req), req.params.id, undefined, req.body),
  );
  app.put(
    '/:id/activities/:subId',
    {
      config,
      schema: {
        tags,
        summary: 'Sửa hoạt động, cập nhật trạng thái',
        params: SubRecordParams,
        body: ActivityWriteBody,
        response: ok,
      },
    },
    (req) => saveActivity(ctxOf(s, req), req.params.id, req.params.subId, req.body),
  );
  app.post(
    '/:id/reviews',
    {
      config,
      schema: { tags, summary: 'Thêm sơ kết / tổng kết', params: IdParams, body: ReviewWriteBody, response: ok },
    },
    (req) => saveReview(ctxOf(s, req), req.params.id, undefined, req.body),
  );
  app.put(
    '/:id/reviews/:subId',
    {
      config,
      schema: { tags, summary: 'Sửa sơ kết / tổng kết', params: SubRecordParams, body: ReviewWriteBody, response: ok },
    },
    (req) => saveReview(ctxOf(s, req), req.params.id, req.params.subId, req.body),
  );
}
