import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CommuneOption,
  CommuneSearchQuery,
  ExtendBody,
  IdentityView,
  LinkDuplicateBody,
  ListReportsQuery,
  RecordReportBody,
  RecordResult,
  ReplyBody,
  ReportDetail,
  ReportPage,
  ReportStats,
  RerouteBody,
  RerouteResult,
  ResolveBody,
  StatsQuery,
  TriageBody,
} from '../../../common/citizen-report/schemas.ts';
import { IdParams } from '../../../common/page.ts';
import type { Services } from '../../app.ts';
import { ctxOf } from '../ctx.ts';
import { viewIdentity } from './service/identity.ts';
import { getReportDetail, getReportFile, listReports, searchCommunes } from './service/read.ts';
import { replyToReport, resolveReport } from './service/resolve.ts';
import { recordReport, rerouteReport } from './service/route.ts';
import { reportStats } from './service/stats.ts';
import { extendReport, linkDuplicate, triageReport } from './service/triage.ts';

const tags = ['reports'];
const FileParams = IdParams.extend({ fileId: z.coerce.number().int().positive() });
// Inline images and PDFs only; anything else is downloaded, never rendered by the browser.
const inlineTypes = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/pdf']);

export const citizenReportRoutes =
  (s: Services): FastifyPluginAsync =>
  async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    const read = { policy: 'report.read' as const };
    const triage = { policy: 'report.triage' as const };
    const detail = { 200: ReportDetail };
    app.get(
      '/',
      {
        config: read,
        schema: {
          tags,
          summary: 'Hộp thư tố giác, đơn thư',
          querystring: ListReportsQuery,
          response: { 200: ReportPage },
        },
      },
      (req) => listReports(ctxOf(s, req), req.query),
    );
    app.get(
      '/stats',
      {
        config: read,
        schema: { tags, summary: 'Thống kê theo đơn vị, kỳ', querystring: StatsQuery, response: { 200: ReportStats } },
      },
      (req) => reportStats(ctxOf(s, req), req.query),
    );
    app.get(
      '/communes',
      {
        config: triage,
        schema: {
          tags,
          summary: 'Xã, phường nhận chuyển',
          querystring: CommuneSearchQuery,
          response: { 200: z.array(CommuneOption) },
        },
      },
      (req) => searchCommunes(ctxOf(s, req), req.query.q),
    );
    app.post(
      '/record',
      {
        config: triage,
        schema: {
          tags,
          summary: 'Ghi nhận tin qua điện thoại, trực tiếp',
          body: RecordReportBody,
          response: { 201: RecordResult },
        },
      },
      async (req, reply) => reply.code(201).send(await recordReport(ctxOf(s, req), s.identityKey, req.body)),
    );
    app.get('/:id', { config: read, schema: { tags, params: IdParams, response: detail } }, (req) =>
      getReportDetail(ctxOf(s, req), req.params.id),
    );
    app.get(
      '/:id/files/:fileId',
      { config: read, schema: { tags, summary: 'Tải tệp đính kèm', params: FileParams } },
      async (req, reply) => {
        const f = await getReportFile(ctxOf(s, req), req.params.id, req.params.fileId);
        const mode = inlineTypes.has(f.mimeType) ? 'inline' : 'attachment';
        return reply
          .header('content-type', inlineTypes.has(f.mimeType) ? f.mimeType : 'application/octet-stream')
          .header('content-disposition', `${mode}; filename*=UTF-8''${encodeURIComponent(f.fileName)}`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .send(f.content);
      },
    );
    app.post(
      '/:id/identity',
      {
        config: { policy: 'report.readIdentity' },
        schema: {
          tags,
          summary: 'Xem danh tính người báo (ghi nhật ký)',
          params: IdParams,
          response: { 200: IdentityView },
        },
      },
      (req) => viewIdentity(ctxOf(s, req), s.identityKey, req.params.id),
    );
    app.post(
      '/:id/reroute',
      {
        config: triage,
        schema: {
          tags,
          summary: 'Chuyển đơn vị xử lý',
          params: IdParams,
          body: RerouteBody,
          response: { 200: RerouteResult },
        },
      },
      (req) => rerouteReport(ctxOf(s, req), req.params.id, req.body),
    );
    app.patch(
      '/:id/triage',
      {
        config: triage,
        schema: { tags, summary: 'Phân loại, phân công', params: IdParams, body: TriageBody, response: detail },
      },
      async (req) => {
        const ctx = ctxOf(s, req);
        await triageReport(ctx, req.params.id, req.body);
        return getReportDetail(ctx, req.params.id);
      },
    );
    app.post(
      '/:id/duplicate',
      {
        config: triage,
        schema: { tags, summary: 'Gộp, bỏ gộp tin trùng', params: IdParams, body: LinkDuplicateBody, response: detail },
      },
      async (req) => {
        const ctx = ctxOf(s, req);
        await linkDuplicate(ctx, req.params.id, req.body);
        return getReportDetail(ctx, req.params.id);
      },
    );
    app.post(
      '/:id/extend',
      {
        config: triage,
        schema: { tags, summary: 'Gia hạn giải quyết', params: IdParams, body: ExtendBody, response: detail },
      },
      async (req) => {
        const ctx = ctxOf(s, req);
        await extendReport(ctx, req.params.id, req.body);
        return getReportDetail(ctx, req.params.id);
      },
    );
    app.post(
      '/:id/reply',
      {
        config: triage,
        schema: { tags, summary: 'Trả lời, ghi chú nội bộ', params: IdParams, body: ReplyBody, response: detail },
      },
      async (req) => {
        const ctx = ctxOf(s, req);
        await replyToReport(ctx, req.params.id, req.body);
        return getReportDetail(ctx, req.params.id);
      },
    );
    app.post(
      '/:id/resolve',
      {
        config: triage,
        schema: { tags, summary: 'Ghi nhận kết quả', params: IdParams, body: ResolveBody, response: detail },
      },
      async (req) => {
        const ctx = ctxOf(s, req);
        await resolveReport(ctx, req.params.id, req.body);
        return getReportDetail(ctx, req.params.id);
      },
    );
  };
