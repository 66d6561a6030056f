import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CaseDetail,
  CasePage,
  CloseCaseBody,
  CreateCaseBody,
  CreateTeamBody,
  DissolveTeamBody,
  ListCasesQuery,
  ListTeamsQuery,
  MediationStats,
  MediatorInput,
  MediatorLeaveBody,
  MediatorParams,
  StatsQuery,
  TeamDetail,
  TeamPage,
  UpdateCaseBody,
  UpdateTeamBody,
} from '../../../common/mediation/schemas.ts';
import { IdParams } from '../../../common/page.ts';
import type { Services } from '../../app.ts';
import { ctxOf } from '../ctx.ts';
import { closeCase, createCase, getCase, listCases, updateCase } from './cases.ts';
import { mediationStats } from './stats.ts';
import {
  addMediator,
  createTeam,
  dissolveTeam,
  getTeam,
  listTeams,
  mediatorLeaves,
  updateMediator,
  updateTeam,
} from './teams.ts';

const tags = ['mediation'];

/** Grassroots mediation: teams and mediators, cases, statistics (Law 35/2013/QH13). */
export const mediationRoutes =
  (s: Services): FastifyPluginAsync =>
  async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    const read = { policy: 'mediation.read' as const };
    const manage = { policy: 'mediation.manage' as const };

    app.get(
      '/teams',
      {
        config: read,
        schema: { tags, summary: 'Danh sách tổ hòa giải', querystring: ListTeamsQuery, response: { 200: TeamPage } },
      },
      (req) => listTeams(ctxOf(s, req), req.query),
    );
    app.get(
      '/teams/:id',
      {
        config: read,
        schema: { tags, summary: 'Tổ hòa giải và hòa giải viên', params: IdParams, response: { 200: TeamDetail } },
      },
      (req) => getTeam(ctxOf(s, req), req.params.id),
    );
    app.post(
      '/teams',
      {
        config: manage,
        schema: { tags, summary: 'Thành lập tổ hòa giải', body: CreateTeamBody, response: { 201: TeamDetail } },
      },
      async (req, reply) => reply.code(201).send(await createTeam(ctxOf(s, req), req.body)),
    );
    app.patch(
      '/teams/:id',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Sửa tổ hòa giải',
          params: IdParams,
          body: UpdateTeamBody,
          response: { 200: TeamDetail },
        },
      },
      (req) => updateTeam(ctxOf(s, req), req.params.id, req.body),
    );
    app.post(
      '/teams/:id/dissolve',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Giải thể tổ hòa giải',
          params: IdParams,
          body: DissolveTeamBody,
          response: { 200: TeamDetail },
        },
      },
      (req) => dissolveTeam(ctxOf(s, req), req.params.id, req.body),
    );
    app.post(
      '/teams/:id/mediators',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Thêm hòa giải viên',
          params: IdParams,
          body: MediatorInput,
          response: { 201: TeamDetail },
        },
      },
      async (req, reply) => reply.code(201).send(await addMediator(ctxOf(s, req), req.params.id, req.body)),
    );
    app.patch(
      '/teams/:id/mediators/:mediatorId',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Sửa hòa giải viên',
          params: MediatorParams,
          body: MediatorInput,
          response: { 200: TeamDetail },
        },
      },
      (req) => updateMediator(ctxOf(s, req), req.params.id, req.params.mediatorId, req.body),
    );
    app.post(
      '/teams/:id/mediators/:mediatorId/leave',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Thôi làm hòa giải viên',
          params: MediatorParams,
          body: MediatorLeaveBody,
          response: { 200: TeamDetail },
        },
      },
      (req) => mediatorLeaves(ctxOf(s, req), req.params.id, req.params.mediatorId, req.body),
    );

    app.get(
      '/cases',
      {
        config: read,
        schema: {
          tags,
          summary: 'Danh sách vụ việc hòa giải',
          querystring: ListCasesQuery,
          response: { 200: CasePage },
        },
      },
      (req) => listCases(ctxOf(s, req), req.query),
    );
    app.get(
      '/cases/:id',
      { config: read, schema: { tags, summary: 'Chi tiết vụ việc', params: IdParams, response: { 200: CaseDetail } } },
      (req) => getCase(ctxOf(s, req), req.params.id),
    );
    app.post(
      '/cases',
      {
        config: manage,
        schema: { tags, summary: 'Tiếp nhận vụ việc', body: CreateCaseBody, response: { 201: CaseDetail } },
      },
      async (req, reply) => reply.code(201).send(await createCase(ctxOf(s, req), req.body)),
    );
    app.patch(
      '/cases/:id',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Sửa vụ việc đang hòa giải',
          params: IdParams,
          body: UpdateCaseBody,
          response: { 200: CaseDetail },
        },
      },
      (req) => updateCase(ctxOf(s, req), req.params.id, req.body),
    );
    app.post(
      '/cases/:id/close',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Kết thúc vụ việc với kết quả',
          params: IdParams,
          body: CloseCaseBody,
          response: { 200: CaseDetail },
        },
      },
      (req) => closeCase(ctxOf(s, req), req.params.id, req.body),
    );

    app.get(
      '/stats',
      {
        config: read,
        schema: {
          tags,
          summary: 'Thống kê hòa giải theo đơn vị trực thuộc; tỷ lệ thành = thành / (thành + không thành)',
          querystring: StatsQuery,
          response: { 200: MediationStats },
        },
      },
      (req) => mediationStats(ctxOf(s, req), req.query),
    );
  };
