import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { SheetParams } from '../../../common/evaluation/schemas.ts';
import { IdParams } from '../../../common/page.ts';
import {
  CompletePlanBody,
  CreatePlanBody,
  ListPlansQuery,
  PlanDetail,
  PlanListPage,
  UnitPlanView,
  UpdatePlanBody,
} from '../../../common/remediation/schemas.ts';
import type { Services } from '../../app.ts';
import { ctxOf } from '../ctx.ts';
import { getPlan, getUnitPlan, listPlans } from './read.ts';
import { completePlan, createPlan, updatePlan } from './service.ts';

const tags = ['remediation'];

/** Remediation plans of units decided Average or Weak. */
export const remediationRoutes =
  (s: Services): FastifyPluginAsync =>
  async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    const read = { policy: 'evaluation.read' as const };
    const manage = { policy: 'remediation.manage' as const };
    app.get(
      '/',
      {
        config: read,
        schema: {
          tags,
          summary: 'Danh sách kế hoạch khắc phục, hoặc đơn vị chưa lập kế hoạch (missing=true)',
          querystring: ListPlansQuery,
          response: { 200: PlanListPage },
        },
      },
      (req) => listPlans(ctxOf(s, req), req.query),
    );
    app.get(
      '/units/:unitId/:year',
      {
        config: read,
        schema: {
          tags,
          summary: 'Kế hoạch khắc phục của đơn vị trong năm, và có bắt buộc lập hay không',
          params: SheetParams,
          response: { 200: UnitPlanView },
        },
      },
      (req) => getUnitPlan(ctxOf(s, req), req.params.unitId, req.params.year),
    );
    app.get(
      '/:id',
      {
        config: read,
        schema: { tags, summary: 'Chi tiết kế hoạch khắc phục', params: IdParams, response: { 200: PlanDetail } },
      },
      (req) => getPlan(ctxOf(s, req), req.params.id),
    );
    app.post(
      '/',
      {
        config: manage,
        schema: { tags, summary: 'Lập kế hoạch khắc phục', body: CreatePlanBody, response: { 201: PlanDetail } },
      },
      async (req, reply) => reply.code(201).send(await createPlan(ctxOf(s, req), req.body)),
    );
    app.patch(
      '/:id',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Cập nhật kế hoạch, tiến độ các biện pháp',
          params: IdParams,
          body: UpdatePlanBody,
          response: { 200: PlanDetail },
        },
      },
      (req) => updatePlan(ctxOf(s, req), req.params.id, req.body),
    );
    app.post(
      '/:id/complete',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Hoàn thành kế hoạch (mọi biện pháp đã xong)',
          params: IdParams,
          body: CompletePlanBody,
          response: { 200: PlanDetail },
        },
      },
      (req) => completePlan(ctxOf(s, req), req.params.id, req.body.version),
    );
  };
