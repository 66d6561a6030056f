import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ReportPreview,
  ReportRequest,
  type ReportRequestParsed,
} from '../../../../common/statistics/report-schemas.ts';
import type { Services } from '../../../app.ts';
import { recordAudit } from '../../../audit.ts';
import type { Ctx } from '../../../context.ts';
import { sendFile, XLSX_TYPE } from '../../../send-file.ts';
import { ctxOf } from '../../ctx.ts';
import { listIndicators } from '../catalogue.ts';
import { breakdownOf, figuresOf, statisticsUnit, trendOf } from '../service.ts';
import { composeReportPreview } from './compose.ts';

const tags = ['statistics'];
const read = { policy: 'statistics.read' as const };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** "Bao-cao-tong-ket-Tỉnh Hà Tĩnh-2013-2023.docx" */
const fileName = (r: ReportPreview, ext: 'docx' | 'xlsx') => {
  const range = r.range.from === r.range.to ? r.range.from : `${r.range.from}-${r.range.to}`;
  const kind = r.kind === 'final' ? 'tong-ket' : 'so-ket';
  return `Bao-cao-${kind}-${r.unit.name}-${range}${ext === 'xlsx' ? '-phu-luc' : ''}.${ext}`;
};

/** A download is a read of the unit's figures worth remembering: who took which report. */
async function audit(ctx: Ctx, r: ReportPreview, body: ReportRequestParsed, format: 'docx' | 'xlsx') {
  const unit = await statisticsUnit(ctx, r.unit.id);
  await ctx.db.transaction((tx) =>
    recordAudit(tx, {
      action: 'statistics.reportGenerated',
      actor: ctx.actor,
      unit: { id: unit.id, path: unit.path },
      targetType: 'statisticsReport',
      targetId: unit.id,
      after: { format, kind: body.kind, from: r.range.from, to: r.range.to, number: r.header.numberLine },
      ip: ctx.ip,
    }),
  );
}

/** Summary reports (sơ kết, tổng kết) of a unit for a range: the editable model, DOCX, XLSX annex, print HTML. */
export const statisticsReportRoutes =
  (s: Services): FastifyPluginAsync =>
  async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();

    app.post(
      '/preview',
      {
        config: read,
        schema: {
          tags,
          summary: 'Báo cáo sơ kết, tổng kết: nội dung các phần, để sửa trước khi xuất',
          body: ReportRequest,
          response: { 200: ReportPreview },
        },
      },
      (req) => composeReportPreview(ctxOf(s, req), req.body),
    );

    app.post(
      '/docx',
      {
        config: read,
        schema: { tags, summary: 'Báo cáo sơ kết, tổng kết (DOCX, thể thức Nghị định 30)', body: ReportRequest },
      },
      async (req, reply) => {
        const ctx = ctxOf(s, req);
        const report = await composeReportPreview(ctx, req.body);
        // the renderer loads on first use, so it costs nothing at start-up
        const { renderReportDocx } = await import('./docx.ts');
        const file = await renderReportDocx(report);
        await audit(ctx, report, req.body, 'docx');
        return sendFile(reply, DOCX, fileName(report, 'docx'), file);
      },
    );

    app.post(
      '/xlsx',
      {
        config: read,
        schema: { tags, summary: 'Phụ lục số liệu của báo cáo (XLSX)', body: ReportRequest },
      },
      async (req, reply) => {
        const ctx = ctxOf(s, req);
        const report = await composeReportPreview(ctx, req.body);
        const q = { unitId: report.unit.id, from: report.range.from, to: report.range.to };
        const [indicators, figures, breakdown, trend] = await Promise.all([
          listIndicators(ctx.db),
          figuresOf(ctx, q),
          breakdownOf(ctx, q),
          trendOf(ctx, q),
        ]);
        const { renderReportXlsx } = await import('./xlsx.ts');
        const file = await renderReportXlsx({ report, indicators, figures, breakdown, trend });
        await audit(ctx, report, req.body, 'xlsx');
        return sendFile(reply, XLSX_TYPE, fileName(report, 'xlsx'), file);
      },
    );

    app.post(
      '/html',
      {
        config: read,
        // no response schema: the body is the page itself, not JSON
        schema: { tags, summary: 'Bản in của báo cáo (HTML, khổ A4)', body: ReportRequest },
      },
      async (req, reply) => {
        const report = await composeReportPreview(ctxOf(s, req), req.body);
        const { renderReportHtml } = await import('./html.ts');
        return reply.header('content-type', 'text/html; charset=utf-8').send(renderReportHtml(report));
      },
    );
  };
