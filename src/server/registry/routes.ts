import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, pageOf } from '../../common/page.ts';
import {
  CloseRecordBody,
  RegistryCounts,
  RegistryCountsQuery,
  RegistryImportQuery,
  RegistryListQuery,
  ReopenRecordBody,
} from '../../common/registry/schemas.ts';
import type { Services } from '../app.ts';
import { ctxOf } from '../features/ctx.ts';
import { sendFile, XLSX_TYPE } from '../send-file.ts';
import { importRouteOptions, uploadedFile } from '../upload.ts';
import { registryCounts } from './counts.ts';
import type { AnyRegistry } from './define.ts';
import { getRecord, type ListQuery, listRecords, todayOf } from './read.ts';
import { exportRecords, importRecords, registryTemplate } from './transfer.ts';
import { closeRecord, createRecord, reopenRecord, updateRecord } from './write.ts';

/**
 * The standard routes of a registry, registered inside the feature's plugin:
 * list, detail, create, edit, close, reopen, export, template, import, counts.
 * `view` is the list item schema; `detail` the detail schema (view + extras).
 */
export function registryRoutes(
  plain: FastifyInstance,
  s: Services,
  reg: AnyRegistry,
  schemas: { view: z.ZodObject; detail?: z.ZodObject; names: { vi: string; file: string } },
) {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const tags = [reg.name];
  const read = { policy: reg.perms.read };
  const manage = { policy: reg.perms.manage };
  const detail = schemas.detail ?? schemas.view;
  const ListQuery = RegistryListQuery.extend(reg.filters?.query ?? {});
  const FilterQuery = ListQuery.omit({ page: true, pageSize: true });
  const n = schemas.names.vi;

  app.get(
    '/',
    {
      config: read,
      schema: { tags, summary: `Danh sách ${n}`, querystring: ListQuery, response: { 200: pageOf(schemas.view) } },
    },
    (req) => listRecords(ctxOf(s, req), reg, req.query as ListQuery),
  );
  app.get(
    '/export.xlsx',
    { config: read, schema: { tags, summary: `Xuất danh sách ${n} đã lọc (XLSX)`, querystring: FilterQuery } },
    async (req, reply) => {
      const ctx = ctxOf(s, req);
      const data = await exportRecords(ctx, reg, { ...(req.query as ListQuery), page: 1, pageSize: 1 });
      return sendFile(reply, XLSX_TYPE, `${schemas.names.file}-${todayOf(ctx)}.xlsx`, data);
    },
  );
  app.get(
    '/template.xlsx',
    { config: manage, schema: { tags, summary: `Mẫu tệp nhập ${n} (XLSX)` } },
    async (req, reply) =>
      sendFile(reply, XLSX_TYPE, `mau-nhap-${schemas.names.file}.xlsx`, await registryTemplate(ctxOf(s, req), reg)),
  );
  app.post(
    '/import',
    importRouteOptions(manage.policy, tags, `Nhập ${n} từ XLSX: có một dòng lỗi thì không ghi gì`, {
      querystring: RegistryImportQuery,
    }),
    async (req) => importRecords(ctxOf(s, req), reg, req.query.unitId, await uploadedFile(req)),
  );
  app.get(
    '/counts',
    {
      config: read,
      schema: {
        tags,
        summary: `Số liệu ${n} theo đơn vị trực thuộc`,
        querystring: RegistryCountsQuery,
        response: { 200: RegistryCounts },
      },
    },
    (req) => registryCounts(ctxOf(s, req), reg, req.query),
  );
  app.get(
    '/:id',
    { config: read, schema: { tags, summary: `Chi tiết ${n}`, params: IdParams, response: { 200: detail } } },
    (req) => getRecord(ctxOf(s, req), reg, req.params.id),
  );
  app.post(
    '/',
    {
      config: manage,
      schema: {
        tags,
        summary: `Thêm ${n}`,
        body: reg.body.extend({ unitId: z.number().int().positive() }),
        response: { 201: detail },
      },
    },
    async (req, reply) => reply.code(201).send(await createRecord(ctxOf(s, req), reg, req.body as never)),
  );
  app.put(
    '/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: `Sửa ${n}`,
        params: IdParams,
        body: reg.body.extend({ version: z.number().int(), unitId: z.number().int().positive().optional() }),
        response: { 200: detail },
      },
    },
    (req) => updateRecord(ctxOf(s, req), reg, req.params.id, req.body as never),
  );
  app.post(
    '/:id/close',
    {
      config: manage,
      schema: {
        tags,
        summary: `Dừng / kết thúc ${n}`,
        params: IdParams,
        body: CloseRecordBody,
        response: { 200: detail },
      },
    },
    (req) => closeRecord(ctxOf(s, req), reg, req.params.id, req.body),
  );
  app.post(
    '/:id/reopen',
    {
      config: manage,
      schema: {
        tags,
        summary: `Mở lại ${n} đã dừng nhầm`,
        params: IdParams,
        body: ReopenRecordBody,
        response: { 200: detail },
      },
    },
    (req) => reopenRecord(ctxOf(s, req), reg, req.params.id, req.body),
  );
}
