import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SheetParams } from '../../../common/evaluation/schemas.ts';
import type { Services } from '../../app.ts';
import { sendFile } from '../../send-file.ts';
import { ctxOf } from '../ctx.ts';
import { todayOf } from './queries.ts';
import { summaryRows } from './service/review-list.ts';
import { getSheet } from './service/sheet-read.ts';

const tags = ['evaluations'];
const read = { policy: 'evaluation.read' as const };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Decree 30 place name: the province the unit sits in, without its type word ("Tỉnh Hà Tĩnh" → "Hà Tĩnh"). */
export function placeOf(pathNames: string[]): string {
  const province = pathNames[1] ?? pathNames[0] ?? '';
  return province.replace(/^(Tỉnh|Thành phố)\s+/u, '');
}

/** Downloads of the sheet (DOCX in the Decree 30 layout, XLSX) and of a level's summary table (XLSX). */
export const exportRoutes =
  (s: Services): FastifyPluginAsync =>
  async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    const sheetFile = async (
      kind: 'docx' | 'xlsx',
      req: Parameters<typeof ctxOf>[1],
      p: SheetParams,
      reply: FastifyReply,
    ) => {
      const ctx = ctxOf(s, req);
      const view = await getSheet(ctx, p);
      const opts = { lang: ctx.lang, placeName: placeOf(view.unit.pathNames), today: todayOf(ctx.clock.now()) };
      const name = `Bang-cham-diem-${view.unit.name}-${p.year}.${kind}`;
      // renderers (docx, exceljs) load on first use, so they cost nothing at start-up
      if (kind === 'docx') {
        const { renderSheetDocx } = await import('./export/sheet-docx.ts');
        return sendFile(reply, DOCX, name, await renderSheetDocx(view, opts));
      }
      const { renderSheetXlsx } = await import('./export/sheet-xlsx.ts');
      return sendFile(reply, XLSX, name, await renderSheetXlsx(view, opts));
    };
    app.get(
      '/units/:unitId/:year/sheet.docx',
      { config: read, schema: { tags, summary: 'Bảng chấm điểm (DOCX, thể thức Nghị định 30)', params: SheetParams } },
      (req, reply) => sheetFile('docx', req, req.params, reply),
    );
    app.get(
      '/units/:unitId/:year/sheet.xlsx',
      { config: read, schema: { tags, summary: 'Bảng chấm điểm (XLSX)', params: SheetParams } },
      (req, reply) => sheetFile('xlsx', req, req.params, reply),
    );
    app.get(
      '/summary.xlsx',
      {
        config: read,
        schema: {
          tags,
          summary: 'Bảng tổng hợp kết quả phân loại của một cấp (XLSX)',
          querystring: z.object({
            unitId: z.coerce.number().int().positive(),
            year: z.coerce.number().int().min(2000).max(2100),
            scope: z.enum(['children', 'subtree']).default('children'),
          }),
        },
      },
      async (req, reply) => {
        const ctx = ctxOf(s, req);
        const data = await summaryRows(ctx, req.query);
        const { renderSummaryXlsx } = await import('./export/summary-xlsx.ts');
        const file = await renderSummaryXlsx(
          {
            unit: { name: data.unit.name },
            year: req.query.year,
            labels: data.labels,
            rows: data.rows,
            today: data.today,
          },
          { lang: ctx.lang },
        );
        return sendFile(reply, XLSX, `Tong-hop-phan-loai-${data.unit.name}-${req.query.year}.xlsx`, file);
      },
    );
  };
