import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams, pageOf } from '../../../common/page.ts';
import { RegistryImportQuery } from '../../../common/registry/schemas.ts';
import {
  EvaluationBody,
  LeaveMemberBody,
  MemberParams,
  MemberWriteBody,
  QuotaView,
  SecurityTeamDetail,
  SecurityTeamView,
  StrengthQuery,
  StrengthView,
  YearQuery,
} from '../../../common/security-team/schemas.ts';
import {
  StaffingBody,
  StaffingCounts,
  StaffingCountsQuery,
  StaffingListQuery,
  StaffingView,
} from '../../../common/security-team/staffing.ts';
import type { Services } from '../../app.ts';
import { todayOf } from '../../registry/read.ts';
import { registryRoutes } from '../../registry/routes.ts';
import { sendFile, XLSX_TYPE } from '../../send-file.ts';
import { ctxOf } from '../ctx.ts';
import { evaluate, quotaOf } from './evaluations.ts';
import { exportMembers, importMembers, memberTemplate } from './member-transfer.ts';
import { addMember, leaveMember, updateMember } from './members.ts';
import { securityTeamRegistry } from './registry.ts';
import { listStaffing, saveStaffing, staffingCounts } from './staffing.ts';
import { exportStaffing, importStaffing, staffingTemplate } from './staffing-file.ts';

const StaffingFileQuery = StaffingListQuery.omit({ page: true, pageSize: true });

import { importRouteOptions, uploadedFile } from '../../upload.ts';
import { teamStrength } from './strength.ts';

const read = { policy: 'registry.read' as const };
const manage = { policy: 'securityTeam.manage' as const };

/** Security teams (the standard registry routes plus members and evaluations) and police staffing. */
export const securityTeamRoutes =
  (s: Services): FastifyPluginAsync =>
  async (app) => {
    app.register(
      async (x) => {
        registryRoutes(x, s, securityTeamRegistry, {
          view: SecurityTeamView,
          detail: SecurityTeamDetail,
          names: { vi: 'tổ bảo vệ ANTT', file: 'to-bao-ve-antt' },
        });
        teamRoutes(x, s);
      },
      { prefix: '/security-teams' },
    );
    app.register(async (x) => staffingRoutes(x, s), { prefix: '/staffing' });
  };

function teamRoutes(plain: FastifyInstance, s: Services) {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const tags = ['securityTeam'];
  const team = { 200: SecurityTeamDetail };
  app.get(
    '/strength',
    {
      config: read,
      schema: {
        tags,
        summary: 'Số tổ, thành viên và kết quả đánh giá cuối năm theo đơn vị trực thuộc',
        querystring: StrengthQuery,
        response: { 200: StrengthView },
      },
    },
    (req) => teamStrength(ctxOf(s, req), req.query),
  );
  app.post(
    '/:id/members',
    {
      config: manage,
      schema: { tags, summary: 'Thêm thành viên tổ', params: IdParams, body: MemberWriteBody, response: team },
    },
    (req) => addMember(ctxOf(s, req), req.params.id, req.body),
  );
  app.put(
    '/:id/members/:memberId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Sửa thông tin thành viên',
        params: MemberParams,
        body: MemberWriteBody,
        response: team,
      },
    },
    (req) => updateMember(ctxOf(s, req), req.params.id, req.params.memberId, req.body),
  );
  app.post(
    '/:id/members/:memberId/leave',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Thành viên thôi tham gia (không xóa)',
        params: MemberParams,
        body: LeaveMemberBody,
        response: team,
      },
    },
    (req) => leaveMember(ctxOf(s, req), req.params.id, req.params.memberId, req.body),
  );
  app.get(
    '/:id/members/export.xlsx',
    { config: read, schema: { tags, summary: 'Xuất danh sách thành viên (XLSX)', params: IdParams } },
    async (req, reply) => {
      const ctx = ctxOf(s, req);
      return sendFile(
        reply,
        XLSX_TYPE,
        `thanh-vien-to-${req.params.id}-${todayOf(ctx)}.xlsx`,
        await exportMembers(ctx, req.params.id),
      );
    },
  );
  app.get(
    '/:id/members/template.xlsx',
    { config: manage, schema: { tags, summary: 'Mẫu tệp nhập thành viên (XLSX)', params: IdParams } },
    async (req, reply) =>
      sendFile(reply, XLSX_TYPE, 'mau-nhap-thanh-vien-to-bao-ve-antt.xlsx', await memberTemplate(ctxOf(s, req))),
  );
  app.post(
    '/:id/members/import',
    importRouteOptions(manage.policy, tags, 'Nhập thành viên vào tổ từ XLSX: có một dòng lỗi thì không ghi gì', {
      params: IdParams,
    }),
    async (req) => importMembers(ctxOf(s, req), req.params.id, await uploadedFile(req)),
  );
  app.put(
    '/:id/evaluations',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Đánh giá, xếp loại năm của tổ hoặc thành viên',
        params: IdParams,
        body: EvaluationBody,
        response: team,
      },
    },
    (req) => evaluate(ctxOf(s, req), req.params.id, req.body),
  );
  app.get(
    '/:id/quota',
    {
      config: read,
      schema: {
        tags,
        summary: 'Tỷ lệ "Hoàn thành xuất sắc" của xã trong năm (cảnh báo)',
        params: IdParams,
        querystring: YearQuery,
        response: { 200: QuotaView },
      },
    },
    (req) => quotaOf(ctxOf(s, req), req.params.id, req.query.year),
  );
}

function staffingRoutes(plain: FastifyInstance, s: Services) {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const tags = ['staffing'];
  app.get(
    '/',
    {
      config: read,
      schema: {
        tags,
        summary: 'Số liệu lực lượng Công an xã theo kỳ',
        querystring: StaffingListQuery,
        response: { 200: pageOf(StaffingView) },
      },
    },
    (req) => listStaffing(ctxOf(s, req), req.query),
  );
  app.put(
    '/',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Ghi số liệu của một xã cho một kỳ',
        body: StaffingBody,
        response: { 200: StaffingView },
      },
    },
    (req) => saveStaffing(ctxOf(s, req), req.body),
  );
  app.get(
    '/export.xlsx',
    {
      config: read,
      schema: { tags, summary: 'Xuất số liệu lực lượng Công an xã (XLSX)', querystring: StaffingFileQuery },
    },
    async (req, reply) => {
      const ctx = ctxOf(s, req);
      return sendFile(reply, XLSX_TYPE, 'luc-luong-cong-an-xa.xlsx', await exportStaffing(ctx, req.query));
    },
  );
  app.get(
    '/template.xlsx',
    { config: manage, schema: { tags, summary: 'Mẫu tệp nhập số liệu lực lượng Công an xã' } },
    async (req, reply) =>
      sendFile(reply, XLSX_TYPE, 'mau-nhap-luc-luong-cong-an-xa.xlsx', await staffingTemplate(ctxOf(s, req))),
  );
  app.post(
    '/import',
    importRouteOptions(
      manage.policy,
      tags,
      'Nhập số liệu của các xã trong đơn vị từ XLSX: có một dòng lỗi thì không ghi gì',
      { querystring: RegistryImportQuery },
    ),
    async (req) => importStaffing(ctxOf(s, req), req.query.unitId, await uploadedFile(req)),
  );
  app.get(
    '/counts',
    {
      config: read,
      schema: {
        tags,
        summary: 'Tổng số liệu theo đơn vị trực thuộc cho một kỳ',
        querystring: StaffingCountsQuery,
        response: { 200: StaffingCounts },
      },
    },
    (req) => staffingCounts(ctxOf(s, req), req.query),
  );
}
