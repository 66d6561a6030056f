import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApproveProposalBody,
  AwardDecisionDetail,
  AwardDecisionView,
  AwardForm,
  AwardFormBody,
  AwardProposalDetail,
  AwardProposalView,
  RecipientCounts,
  RecipientCountsQuery,
  RecipientWriteBody,
  RefuseProposalBody,
  VersionBody,
} from '../../../common/award/schemas.ts';
import { IdParams } from '../../../common/page.ts';
import type { Services } from '../../app.ts';
import { registryRoutes } from '../../registry/routes.ts';
import { sendFile, XLSX_TYPE } from '../../send-file.ts';
import { importRouteOptions, uploadedFile } from '../../upload.ts';
import { ctxOf } from '../ctx.ts';
import { recipientCounts } from './counts.ts';
import {
  addDecisionRecipient,
  exportDecisionRecipients,
  importDecisionRecipients,
  recipientTemplate,
} from './decision-recipients.ts';
import { decisionRegistry } from './decision-registry.ts';
import { listAwardForms, saveAwardForm } from './forms.ts';
import { changeProposalRecipient } from './proposal-recipients.ts';
import { proposalRegistry } from './proposal-registry.ts';
import { approveProposal, refuseProposal, submitProposal } from './workflow.ts';

const RecipientParams = IdParams.extend({ recipientId: z.coerce.number().int().positive() });

/** Commendations: decisions (/awards), proposals (/award-proposals) and the forms list (/award-forms). */
export const awardRoutes =
  (s: Services): FastifyPluginAsync =>
  async (app) => {
    await app.register(async (x) => decisionRoutes(x, s), { prefix: '/awards' });
    await app.register(async (x) => proposalRoutes(x, s), { prefix: '/award-proposals' });
    await app.register(async (x) => formRoutes(x, s), { prefix: '/award-forms' });
  };

function decisionRoutes(plain: FastifyInstance, s: Services) {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const tags = [decisionRegistry.name];
  app.get(
    '/recipient-counts',
    {
      config: { policy: 'registry.read' },
      schema: {
        tags,
        summary: 'Số tập thể, cá nhân được khen thưởng theo hình thức, theo đơn vị trực thuộc, trong kỳ',
        querystring: RecipientCountsQuery,
        response: { 200: RecipientCounts },
      },
    },
    (req) => recipientCounts(ctxOf(s, req), req.query),
  );
  app.get(
    '/recipients-template.xlsx',
    { config: { policy: 'award.decide' }, schema: { tags, summary: 'Mẫu tệp nhập danh sách được khen thưởng' } },
    async (req, reply) =>
      sendFile(reply, XLSX_TYPE, 'mau-nhap-danh-sach-khen-thuong.xlsx', await recipientTemplate(ctxOf(s, req))),
  );
  registryRoutes(app, s, decisionRegistry, {
    view: AwardDecisionView,
    detail: AwardDecisionDetail,
    names: { vi: 'quyết định khen thưởng', file: 'quyet-dinh-khen-thuong' },
  });
  app.post(
    '/:id/recipients',
    {
      config: { policy: 'award.decide' },
      schema: {
        tags,
        summary: 'Thêm tập thể, cá nhân vào quyết định',
        params: IdParams,
        body: RecipientWriteBody,
        response: { 200: AwardDecisionDetail },
      },
    },
    (req) => addDecisionRecipient(ctxOf(s, req), req.params.id, req.body),
  );
  app.get(
    '/:id/recipients.xlsx',
    {
      config: { policy: 'registry.read' },
      schema: { tags, summary: 'Xuất danh sách được khen thưởng', params: IdParams },
    },
    async (req, reply) =>
      sendFile(
        reply,
        XLSX_TYPE,
        `danh-sach-khen-thuong-${req.params.id}.xlsx`,
        await exportDecisionRecipients(ctxOf(s, req), req.params.id),
      ),
  );
  app.post(
    '/:id/recipients/import',
    importRouteOptions(
      'award.decide',
      tags,
      'Nhập danh sách được khen thưởng từ XLSX: có một dòng lỗi thì không ghi gì',
      { params: IdParams },
    ),
    async (req) => importDecisionRecipients(ctxOf(s, req), req.params.id, await uploadedFile(req)),
  );
}

function proposalRoutes(plain: FastifyInstance, s: Services) {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const tags = [proposalRegistry.name];
  registryRoutes(app, s, proposalRegistry, {
    view: AwardProposalView,
    detail: AwardProposalDetail,
    names: { vi: 'đề nghị khen thưởng', file: 'de-nghi-khen-thuong' },
  });
  const propose = { policy: 'award.propose' as const };
  const decide = { policy: 'award.decide' as const };
  const res = { 200: AwardProposalDetail };
  app.post(
    '/:id/submit',
    {
      config: propose,
      schema: { tags, summary: 'Gửi đề nghị lên cấp trên', params: IdParams, body: VersionBody, response: res },
    },
    (req) => submitProposal(ctxOf(s, req), req.params.id, req.body.version),
  );
  app.post(
    '/:id/approve',
    {
      config: decide,
      schema: {
        tags,
        summary: 'Duyệt đề nghị vào một quyết định',
        params: IdParams,
        body: ApproveProposalBody,
        response: res,
      },
    },
    (req) => approveProposal(ctxOf(s, req), req.params.id, req.body),
  );
  app.post(
    '/:id/refuse',
    {
      config: decide,
      schema: {
        tags,
        summary: 'Không duyệt đề nghị (nêu lý do)',
        params: IdParams,
        body: RefuseProposalBody,
        response: res,
      },
    },
    (req) => refuseProposal(ctxOf(s, req), req.params.id, req.body),
  );
  app.post(
    '/:id/recipients',
    {
      config: propose,
      schema: {
        tags,
        summary: 'Thêm tập thể, cá nhân được đề nghị',
        params: IdParams,
        body: RecipientWriteBody,
        response: res,
      },
    },
    (req) => {
      const { version, ...add } = req.body;
      return changeProposalRecipient(ctxOf(s, req), req.params.id, { version, add });
    },
  );
  app.put(
    '/:id/recipients/:recipientId',
    {
      config: propose,
      schema: {
        tags,
        summary: 'Sửa tập thể, cá nhân được đề nghị',
        params: RecipientParams,
        body: RecipientWriteBody,
        response: res,
      },
    },
    (req) => {
      const { version, ...edit } = req.body;
      return changeProposalRecipient(ctxOf(s, req), req.params.id, { version, edit, id: req.params.recipientId });
    },
  );
  app.post(
    '/:id/recipients/:recipientId/remove',
    {
      config: propose,
      schema: {
        tags,
        summary: 'Bỏ tập thể, cá nhân khỏi đề nghị',
        params: RecipientParams,
        body: VersionBody,
        response: res,
      },
    },
    (req) =>
      changeProposalRecipient(ctxOf(s, req), req.params.id, {
        version: req.body.version,
        remove: req.params.recipientId,
      }),
  );
}

function formRoutes(plain: FastifyInstance, s: Services) {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const tags = ['awardForm'];
  app.get(
    '/',
    {
      config: { policy: 'registry.read' },
      schema: {
        tags,
        summary: 'Các hình thức khen thưởng',
        querystring: z.object({ all: z.coerce.boolean().optional().describe('include inactive forms') }),
        response: { 200: z.array(AwardForm) },
      },
    },
    (req) => listAwardForms(ctxOf(s, req).db, req.query.all === true),
  );
  app.post(
    '/',
    {
      config: { policy: 'criteria.manage' },
      schema: { tags, summary: 'Thêm hình thức khen thưởng', body: AwardFormBody, response: { 201: AwardForm } },
    },
    async (req, reply) => reply.code(201).send(await saveAwardForm(ctxOf(s, req), null, req.body)),
  );
  app.put(
    '/:id',
    {
      config: { policy: 'criteria.manage' },
      schema: {
        tags,
        summary: 'Sửa hình thức khen thưởng',
        params: IdParams,
        body: AwardFormBody.extend({ version: z.number().int() }),
        response: { 200: AwardForm },
      },
    },
    (req) => saveAwardForm(ctxOf(s, req), req.params.id, req.body),
  );
}
