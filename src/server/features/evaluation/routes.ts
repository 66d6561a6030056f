import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AdjustBody,
  ApproveBody,
  CycleView,
  DashboardQuery,
  DashboardView,
  DecideBody,
  ExtendBody,
  ListCyclesQuery,
  OpenCycleBody,
  ReviewListQuery,
  ReviewPage,
  SaveSelfBody,
  SendBackBody,
  SheetParams,
  SheetView,
  UpdateCycleBody,
} from '../../../common/evaluation/schemas.ts';
import { IdParams } from '../../../common/page.ts';
import type { Services } from '../../app.ts';
import { AppError } from '../../errors.ts';
import { ctxOf } from '../ctx.ts';
import { exportRoutes } from './export-routes.ts';
import { closeCycle, getCycle, listCycles, openCycle, updateCycle } from './service/cycle.ts';
import { getDashboard } from './service/dashboard.ts';
import { addEvidence, getEvidenceFile, removeEvidence } from './service/evidence.ts';
import { adjustScores, approve, decide, extend, sendBack } from './service/review.ts';
import { listReview } from './service/review-list.ts';
import { saveSelf, submitSelf } from './service/self.ts';
import { getSheet } from './service/sheet-read.ts';

const tags = ['evaluations'];
const read = { policy: 'evaluation.read' as const };
const sheet = { 200: SheetView };

export const evaluationRoutes =
  (s: Services): FastifyPluginAsync =>
  async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/cycles',
      {
        config: read,
        schema: {
          tags,
          summary: 'Các đợt đánh giá',
          querystring: ListCyclesQuery,
          response: { 200: z.array(CycleView) },
        },
      },
      (req) => listCycles(ctxOf(s, req), req.query.year),
    );
    app.post(
      '/cycles',
      {
        config: { policy: 'evaluation.open' },
        schema: { tags, summary: 'Mở đợt đánh giá năm', body: OpenCycleBody, response: { 201: CycleView } },
      },
      async (req, reply) => reply.code(201).send(await openCycle(ctxOf(s, req), req.body)),
    );
    app.get('/cycles/:id', { config: read, schema: { tags, params: IdParams, response: { 200: CycleView } } }, (req) =>
      getCycle(ctxOf(s, req), req.params.id),
    );
    app.patch(
      '/cycles/:id',
      {
        config: { policy: 'evaluation.open' },
        schema: {
          tags,
          summary: 'Sửa bộ tiêu chí, thời hạn',
          params: IdParams,
          body: UpdateCycleBody,
          response: { 200: CycleView },
        },
      },
      (req) => updateCycle(ctxOf(s, req), req.params.id, req.body),
    );
    app.post(
      '/cycles/:id/close',
      {
        config: { policy: 'evaluation.open' },
        schema: {
          tags,
          summary: 'Kết thúc đợt đánh giá',
          params: IdParams,
          body: z.object({ version: z.number().int() }),
          response: { 200: CycleView },
        },
      },
      (req) => closeCycle(ctxOf(s, req), req.params.id, req.body.version),
    );
    app.get(
      '/review',
      {
        config: read,
        schema: {
          tags,
          summary: 'Danh sách đơn vị cấp dưới và tình trạng chấm điểm',
          querystring: ReviewListQuery,
          response: { 200: ReviewPage },
        },
      },
      (req) => listReview(ctxOf(s, req), req.query),
    );
    app.get(
      '/dashboard',
      {
        config: read,
        schema: {
          tags,
          summary: 'Kết quả phân loại theo đơn vị và năm',
          querystring: DashboardQuery,
          response: { 200: DashboardView },
        },
      },
      (req) => getDashboard(ctxOf(s, req), req.query),
    );
    app.get(
      '/units/:unitId/:year',
      { config: read, schema: { tags, summary: 'Bảng chấm điểm của đơn vị', params: SheetParams, response: sheet } },
      (req) => getSheet(ctxOf(s, req), req.params),
    );
    app.put(
      '/units/:unitId/:year/self',
      {
        config: { policy: 'evaluation.selfAssess' },
        schema: { tags, summary: 'Lưu nháp điểm tự chấm', params: SheetParams, body: SaveSelfBody, response: sheet },
      },
      (req) => saveSelf(ctxOf(s, req), req.params, req.body),
    );
    app.post(
      '/units/:unitId/:year/submit',
      {
        config: { policy: 'evaluation.selfAssess' },
        schema: {
          tags,
          summary: 'Gửi bảng chấm điểm lên cấp trên',
          params: SheetParams,
          body: SaveSelfBody,
          response: sheet,
        },
      },
      (req) => submitSelf(ctxOf(s, req), req.params, req.body),
    );
    app.put(
      '/units/:unitId/:year/review',
      {
        config: { policy: 'evaluation.review' },
        schema: { tags, summary: 'Cấp trên điều chỉnh điểm', params: SheetParams, body: AdjustBody, response: sheet },
      },
      (req) => adjustScores(ctxOf(s, req), req.params, req.body),
    );
    app.post(
      '/units/:unitId/:year/send-back',
      {
        config: read,
        schema: { tags, summary: 'Trả lại bảng chấm điểm', params: SheetParams, body: SendBackBody, response: sheet },
      },
      (req) => sendBack(ctxOf(s, req), req.params, req.body),
    );
    app.post(
      '/units/:unitId/:year/approve',
      {
        config: { policy: 'evaluation.review' },
        schema: { tags, summary: 'Duyệt bảng chấm điểm', params: SheetParams, body: ApproveBody, response: sheet },
      },
      (req) => approve(ctxOf(s, req), req.params, req.body),
    );
    app.post(
      '/units/:unitId/:year/decide',
      {
        config: { policy: 'evaluation.decide' },
        schema: { tags, summary: 'Quyết định xếp loại', params: SheetParams, body: DecideBody, response: sheet },
      },
      (req) => decide(ctxOf(s, req), req.params, req.body),
    );
    app.post(
      '/units/:unitId/:year/extension',
      {
        config: { policy: 'evaluation.review' },
        schema: { tags, summary: 'Gia hạn nộp', params: SheetParams, body: ExtendBody, response: sheet },
      },
      (req) => extend(ctxOf(s, req), req.params, req.body),
    );
    app.post(
      '/units/:unitId/:year/evidence',
      {
        config: { policy: 'evaluation.selfAssess' },
        bodyLimit: 11 * 1024 * 1024,
        schema: {
          tags,
          summary: 'Tải lên tài liệu minh chứng (PDF, ảnh, DOCX, XLSX; tối đa 10 MB)',
          params: SheetParams,
          querystring: z.object({ code: z.string().min(1).max(12), version: z.coerce.number().int() }),
          consumes: ['multipart/form-data'],
          response: sheet,
        },
      },
      async (req) => {
        const file = req.isMultipart() ? await req.file({ limits: { fileSize: 10 * 1024 * 1024 + 1 } }) : undefined;
        if (!file) throw new AppError(422, 'evaluation.evidenceMissing');
        const data = await file.toBuffer();
        return addEvidence(ctxOf(s, req), req.params, req.query.version, {
          code: req.query.code,
          name: file.filename,
          data,
        });
      },
    );
    app.get(
      '/evidence/:id',
      { config: read, schema: { tags, summary: 'Tải tài liệu minh chứng', params: IdParams } },
      async (req, reply) => {
        const f = await getEvidenceFile(ctxOf(s, req), req.params.id);
        return reply
          .header('content-type', f.mimeType)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.fileName)}`)
          .send(f.content);
      },
    );
    app.delete(
      '/evidence/:id',
      {
        config: { policy: 'evaluation.selfAssess' },
        schema: { tags, summary: 'Xóa tài liệu minh chứng', params: IdParams, response: sheet },
      },
      (req) => removeEvidence(ctxOf(s, req), req.params.id),
    );
    await app.register(exportRoutes(s));
  };
