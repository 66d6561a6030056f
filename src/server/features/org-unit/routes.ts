import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CloseUnitBody,
  CreateUnitBody,
  ImportResult,
  LineageEntry,
  ListUnitsQuery,
  MergeUnitsBody,
  MoveUnitBody,
  RenameUnitBody,
  SplitUnitBody,
  UnitDetail,
  UnitPage,
  UnitSummary,
} from '../../../common/org-unit/schemas.ts';
import { IdParams } from '../../../common/page.ts';
import type { Services } from '../../app.ts';
import { AppError } from '../../errors.ts';
import { ctxOf } from '../ctx.ts';
import { closeUnit, moveUnit, renameUnit } from './service/change.ts';
import { createUnit } from './service/create.ts';
import { importUnitList } from './service/import.ts';
import { getUnitDetail, listLineage, listRoots, listUnits } from './service/read.ts';
import { mergeUnits, splitUnit } from './service/restructure.ts';

const tags = ['units'];

export const orgUnitRoutes =
  (s: Services): FastifyPluginAsync =>
  async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    const read = { policy: 'unit.read' as const };
    const manage = { policy: 'unit.manage' as const };

    app.get(
      '/roots',
      { config: read, schema: { tags, summary: 'Đơn vị gốc của người dùng', response: { 200: z.array(UnitSummary) } } },
      (req) => listRoots(ctxOf(s, req)),
    );
    app.get(
      '/',
      {
        config: read,
        schema: {
          tags,
          summary: 'Danh sách, tìm kiếm đơn vị',
          querystring: ListUnitsQuery,
          response: { 200: UnitPage },
        },
      },
      (req) => listUnits(ctxOf(s, req), req.query),
    );
    app.get('/:id', { config: read, schema: { tags, params: IdParams, response: { 200: UnitDetail } } }, (req) =>
      getUnitDetail(ctxOf(s, req), req.params.id),
    );
    app.get(
      '/:id/lineage',
      {
        config: read,
        schema: {
          tags,
          summary: 'Lịch sử sáp nhập, chia tách',
          params: IdParams,
          response: { 200: z.array(LineageEntry) },
        },
      },
      (req) => listLineage(ctxOf(s, req), req.params.id),
    );
    app.post(
      '/',
      { config: manage, schema: { tags, summary: 'Thêm đơn vị', body: CreateUnitBody, response: { 201: UnitDetail } } },
      async (req, reply) => reply.code(201).send(await createUnit(ctxOf(s, req), req.body)),
    );
    app.patch(
      '/:id/rename',
      {
        config: manage,
        schema: { tags, summary: 'Đổi tên', params: IdParams, body: RenameUnitBody, response: { 200: UnitDetail } },
      },
      (req) => renameUnit(ctxOf(s, req), req.params.id, req.body),
    );
    app.post(
      '/:id/move',
      {
        config: manage,
        schema: { tags, summary: 'Chuyển đơn vị', params: IdParams, body: MoveUnitBody, response: { 200: UnitDetail } },
      },
      (req) => moveUnit(ctxOf(s, req), req.params.id, req.body),
    );
    app.post(
      '/:id/close',
      {
        config: manage,
        schema: { tags, summary: 'Giải thể', params: IdParams, body: CloseUnitBody, response: { 200: UnitDetail } },
      },
      (req) => closeUnit(ctxOf(s, req), req.params.id, req.body),
    );
    app.post(
      '/merge',
      { config: manage, schema: { tags, summary: 'Sáp nhập', body: MergeUnitsBody, response: { 200: UnitDetail } } },
      (req) => mergeUnits(ctxOf(s, req), req.body),
    );
    app.post(
      '/:id/split',
      {
        config: manage,
        schema: { tags, summary: 'Chia tách', params: IdParams, body: SplitUnitBody, response: { 200: UnitDetail } },
      },
      (req) => splitUnit(ctxOf(s, req), req.params.id, req.body),
    );
    app.post(
      '/import',
      {
        config: { policy: 'unit.import' },
        bodyLimit: 25 * 1024 * 1024,
        schema: {
          tags,
          summary: 'Nhập danh mục đơn vị hành chính (XLSX, CSV)',
          consumes: ['multipart/form-data'],
          response: { 200: ImportResult },
        },
      },
      async (req) => {
        const ctx = ctxOf(s, req);
        const file = req.isMultipart() ? await req.file() : undefined;
        if (!file) throw new AppError(422, 'import.noFile');
        const data = await file.toBuffer();
        return importUnitList(ctx, { data, name: file.filename });
      },
    );
  };
