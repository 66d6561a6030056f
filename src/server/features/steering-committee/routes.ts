import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../../common/page.ts';
import {
  AssignBody,
  Candidates,
  Coverage,
  CoverageQuery,
  EndAssignmentBody,
  LeaveMemberBody,
  SaveMemberBody,
  SteeringCommitteeDetail,
  SteeringCommitteeView,
  UnitQuery,
} from '../../../common/steering-committee/schemas.ts';
import type { Services } from '../../app.ts';
import { todayOf } from '../../registry/read.ts';
import { registryRoutes } from '../../registry/routes.ts';
import { sendFile, XLSX_TYPE } from '../../send-file.ts';
import { importRouteOptions, uploadedFile } from '../../upload.ts';
import { ctxOf } from '../ctx.ts';
import { assignMember, endAssignment, responsibleFor } from './assignments.ts';
import { coverage } from './coverage.ts';
import { addMember, editMember, leaveMember } from './members.ts';
import { exportMembers, importMembers, memberTemplate } from './members-file.ts';
import { steeringCommitteeRegistry } from './registry.ts';

const tags = ['steeringCommittee'];
const read = { policy: 'registry.read' as const };
const manage = { policy: 'steeringCommittee.manage' as const };
const MemberParams = IdParams.extend({ memberId: z.coerce.number().int().positive() });
const AssignmentParams = IdParams.extend({ assignmentId: z.coerce.number().int().positive() });
const detail = { 200: SteeringCommitteeDetail };

/** Steering Committees: the standard registry routes, members, assignments and who is responsible. */
export const steeringCommitteeRoutes =
  (s: Services): FastifyPluginAsync =>
  async (app) => {
    app.register(
      async (x) => {
        registryRoutes(x, s, steeringCommitteeRegistry, {
          view: SteeringCommitteeView,
          detail: SteeringCommitteeDetail,
          names: { vi: 'Ban Chỉ đạo', file: 'ban-chi-dao' },
        });
        lookupRoutes(x, s);
        memberRoutes(x, s);
        assignmentRoutes(x, s);
      },
      { prefix: '/steering-committees' },
    );
  };

function lookupRoutes(plain: FastifyInstance, s: Services) {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/responsible',
    {
      config: read,
      schema: {
        tags,
        summary: 'Thành viên BCĐ phụ trách đơn vị, và thành viên các BCĐ cấp trên có thể chọn',
        querystring: UnitQuery,
        response: { 200: Candidates },
      },
    },
    (req) => responsibleFor(ctxOf(s, req), req.query.unitId),
  );
  app.get(
    '/coverage',
    {
      config: read,
      schema: {
        tags,
        summary: 'Số đơn vị có / chưa có thành viên BCĐ phụ trách, theo đơn vị trực thuộc',
        querystring: CoverageQuery,
        response: { 200: Coverage },
      },
    },
    (req) => coverage(ctxOf(s, req), req.query.unitId),
  );
}

function memberRoutes(plain: FastifyInstance, s: Services) {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/:id/members',
    {
      config: manage,
      schema: { tags, summary: 'Thêm thành viên BCĐ', params: IdParams, body: SaveMemberBody, response: detail },
    },
    (req) => addMember(ctxOf(s, req), req.params.id, req.body),
  );
  app.put(
    '/:id/members/:memberId',
    {
      config: manage,
      schema: { tags, summary: 'Sửa thành viên BCĐ', params: MemberParams, body: SaveMemberBody, response: detail },
    },
    (req) => editMember(ctxOf(s, req), req.params.id, req.params.memberId, req.body),
  );
  app.post(
    '/:id/members/:memberId/leave',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Thành viên thôi tham gia BCĐ',
        params: MemberParams,
        body: LeaveMemberBody,
        response: detail,
      },
    },
    (req) => leaveMember(ctxOf(s, req), req.params.id, req.params.memberId, req.body),
  );
  app.get(
    '/members/template.xlsx',
    { config: manage, schema: { tags, summary: 'Mẫu tệp nhập thành viên BCĐ (XLSX)' } },
    async (req, reply) =>
      sendFile(reply, XLSX_TYPE, 'mau-nhap-thanh-vien-ban-chi-dao.xlsx', await memberTemplate(ctxOf(s, req))),
  );
  app.get(
    '/:id/members/export.xlsx',
    { config: read, schema: { tags, summary: 'Xuất danh sách thành viên BCĐ (XLSX)', params: IdParams } },
    async (req, reply) => {
      const ctx = ctxOf(s, req);
      const data = await exportMembers(ctx, req.params.id);
      return sendFile(reply, XLSX_TYPE, `thanh-vien-ban-chi-dao-${req.params.id}-${todayOf(ctx)}.xlsx`, data);
    },
  );
  app.post(
    '/:id/members/import',
    importRouteOptions(manage.policy, tags, 'Nhập thành viên BCĐ từ XLSX: có một dòng lỗi thì không ghi gì', {
      params: IdParams,
    }),
    async (req) => importMembers(ctxOf(s, req), req.params.id, await uploadedFile(req)),
  );
}

function assignmentRoutes(plain: FastifyInstance, s: Services) {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/:id/assignments',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Phân công thành viên phụ trách đơn vị',
        params: IdParams,
        body: AssignBody,
        response: detail,
      },
    },
    (req) => assignMember(ctxOf(s, req), req.params.id, req.body),
  );
  app.post(
    '/:id/assignments/:assignmentId/end',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Kết thúc phân công phụ trách',
        params: AssignmentParams,
        body: EndAssignmentBody,
        response: detail,
      },
    },
    (req) => endAssignment(ctxOf(s, req), req.params.id, req.params.assignmentId, req.body),
  );
}
