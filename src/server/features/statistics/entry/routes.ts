import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ApproveEntryBody,
  CompletenessResult,
  EntryForm,
  EntryImportResult,
  EntryQuery,
  ReturnEntryBody,
  SaveEntryBody,
  SubmitEntryBody,
} from '../../../../common/statistics/entry-schemas.ts';
import type { Services } from '../../../app.ts';
import { sendFile, XLSX_TYPE } from '../../../send-file.ts';
import { uploadedFile } from '../../../upload.ts';
import { ctxOf } from '../../ctx.ts';
import { completenessOf } from './completeness.ts';
import { importEntry } from './import.ts';
import { approveEntry, getForm, returnEntry, saveEntry, submitEntry } from './service.ts';
import { renderEntrySheet } from './sheet.ts';

const tags = ['statistics'];
const read = { policy: 'statistics.read' as const };
const enter = { policy: 'statistics.enter' as const };
const approve = { policy: 'statistics.approve' as const };
const form = { 200: EntryForm };

/** Periodic statistics entry forms (issue #6): enter, submit, approve or return, by hand or from XLSX. */
export const statisticsEntryRoutes =
  (s: Services): FastifyPluginAsync =>
  async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/',
      {
        config: read,
        schema: { tags, summary: 'Biểu nhập số liệu định kỳ của đơn vị', querystring: EntryQuery, response: form },
      },
      (req) => getForm(ctxOf(s, req), req.query),
    );
    app.put(
      '/',
      {
        config: enter,
        schema: { tags, summary: 'Lưu số liệu (theo phiên bản đã đọc)', body: SaveEntryBody, response: form },
      },
      (req) => saveEntry(ctxOf(s, req), req.body),
    );
    app.post(
      '/submit',
      { config: enter, schema: { tags, summary: 'Gửi số liệu lên cấp trên', body: SubmitEntryBody, response: form } },
      (req) => submitEntry(ctxOf(s, req), req.body),
    );
    app.post(
      '/approve',
      { config: approve, schema: { tags, summary: 'Cấp trên duyệt số liệu', body: ApproveEntryBody, response: form } },
      (req) => approveEntry(ctxOf(s, req), req.body),
    );
    app.post(
      '/return',
      {
        config: approve,
        schema: {
          tags,
          summary: 'Cấp trên trả lại số liệu (hoặc mở lại số liệu đã duyệt) kèm lý do',
          body: ReturnEntryBody,
          response: form,
        },
      },
      (req) => returnEntry(ctxOf(s, req), req.body),
    );
    app.get(
      '/completeness',
      {
        config: read,
        schema: {
          tags,
          summary: 'Tình hình gửi số liệu của các đơn vị trực thuộc trong kỳ',
          querystring: EntryQuery,
          response: { 200: CompletenessResult },
        },
      },
      (req) => completenessOf(ctxOf(s, req), req.query),
    );
    app.get(
      '/template',
      { config: enter, schema: { tags, summary: 'Mẫu tệp XLSX nhập số liệu của kỳ', querystring: EntryQuery } },
      async (req, reply) => {
        const ctx = ctxOf(s, req);
        const f = await getForm(ctx, req.query);
        return sendFile(
          reply,
          XLSX_TYPE,
          `mau-so-lieu-${f.period.text}.xlsx`,
          await renderEntrySheet(f, ctx.lang, false),
        );
      },
    );
    app.get(
      '/export',
      { config: read, schema: { tags, summary: 'Xuất số liệu của kỳ (XLSX, nhập lại được)', querystring: EntryQuery } },
      async (req, reply) => {
        const ctx = ctxOf(s, req);
        const f = await getForm(ctx, req.query);
        return sendFile(reply, XLSX_TYPE, `so-lieu-${f.period.text}.xlsx`, await renderEntrySheet(f, ctx.lang, true));
      },
    );
    app.post(
      '/import',
      {
        config: enter,
        bodyLimit: 25 * 1024 * 1024,
        schema: {
          tags,
          summary: 'Nhập số liệu của kỳ từ XLSX: có một dòng lỗi thì không ghi gì',
          consumes: ['multipart/form-data'],
          querystring: EntryQuery,
          response: { 200: EntryImportResult },
        },
      },
      async (req) => importEntry(ctxOf(s, req), req.query, await uploadedFile(req)),
    );
  };
