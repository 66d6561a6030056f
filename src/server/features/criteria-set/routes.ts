import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateCriteriaSetBody,
  CriteriaOwnerOption,
  CriteriaSetDetail,
  CriteriaSetPage,
  CriteriaSetStateBody,
  ListCriteriaSetsQuery,
  NewCriteriaVersionBody,
  UpdateCriteriaSetBody,
} from '../../../common/criteria/schemas.ts';
import { IdParams } from '../../../common/page.ts';
import type { Services } from '../../app.ts';
import { AppError } from '../../errors.ts';
import { ctxOf } from '../ctx.ts';
import { renderCriteriaSetXlsx } from './export-file.ts';
import { loadReferenceCriteriaSets } from './reference.ts';
import { importCriteriaSet } from './service/import.ts';
import { activateCriteriaSet, newCriteriaVersion, retireCriteriaSet } from './service/lifecycle.ts';
import { getCriteriaSet, listCriteriaOwners, listCriteriaSets } from './service/read.ts';
import { createCriteriaSet, updateCriteriaSet } from './service/write.ts';

const tags = ['criteria-sets'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;
const ImportQuery = z.object({
  ownerUnitId: z.coerce.number().int().positive().optional().describe('owning unit; default: your own top unit'),
});

export const criteriaSetRoutes =
  (s: Services): FastifyPluginAsync =>
  async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    const read = { policy: 'criteria.read' as const };
    const manage = { policy: 'criteria.manage' as const };
    const detail = { 200: CriteriaSetDetail };

    app.get(
      '/',
      {
        config: read,
        schema: {
          tags,
          summary: 'Danh sách bộ tiêu chí',
          querystring: ListCriteriaSetsQuery,
          response: { 200: CriteriaSetPage },
        },
      },
      (req) => listCriteriaSets(ctxOf(s, req), req.query),
    );
    app.get(
      '/owners',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Đơn vị có thể sở hữu bộ tiêu chí mới',
          response: { 200: z.array(CriteriaOwnerOption) },
        },
      },
      (req) => listCriteriaOwners(ctxOf(s, req)),
    );
    app.get(
      '/template.xlsx',
      { config: manage, schema: { tags, summary: 'Tệp mẫu nhập bộ tiêu chí (XLSX)' } },
      async (_req, reply) => {
        const sample = (await loadReferenceCriteriaSets()).find(
          (x) => x.definition.code === 'qd510-2022-residential-area',
        );
        const definition = {
          ...sample!.definition,
          code: 'bo-tieu-chi-moi',
          name: 'Bộ tiêu chí mới (sửa tên)',
          legalBasis: 'Số, ngày, cơ quan ban hành văn bản quy định bộ tiêu chí (sửa lại)',
          provenanceNote:
            'Ghi rõ phần nào đã đối chiếu với văn bản chính thức, phần nào là mẫu. Các tiêu chí dưới đây lấy từ bộ mẫu khu dân cư (QĐ 510/2022), chưa xác minh.',
        };
        return reply
          .header('content-type', XLSX)
          .header('content-disposition', attachment('mau-bo-tieu-chi.xlsx'))
          .send(await renderCriteriaSetXlsx(definition));
      },
    );
    app.get('/:id', { config: read, schema: { tags, params: IdParams, response: detail } }, (req) =>
      getCriteriaSet(ctxOf(s, req), req.params.id),
    );
    app.get(
      '/:id/export.xlsx',
      { config: read, schema: { tags, summary: 'Xuất bộ tiêu chí ra XLSX (cùng mẫu với tệp nhập)', params: IdParams } },
      async (req, reply) => {
        const set = await getCriteriaSet(ctxOf(s, req), req.params.id);
        return reply
          .header('content-type', XLSX)
          .header('content-disposition', attachment(`${set.code}-v${set.version}.xlsx`))
          .send(await renderCriteriaSetXlsx(set.definition));
      },
    );
    app.post(
      '/',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Tạo bộ tiêu chí (dự thảo)',
          body: CreateCriteriaSetBody,
          response: { 201: CriteriaSetDetail },
        },
      },
      async (req, reply) => reply.code(201).send(await createCriteriaSet(ctxOf(s, req), req.body)),
    );
    app.put(
      '/:id',
      {
        config: manage,
        schema: { tags, summary: 'Sửa dự thảo', params: IdParams, body: UpdateCriteriaSetBody, response: detail },
      },
      (req) => updateCriteriaSet(ctxOf(s, req), req.params.id, req.body),
    );
    app.post(
      '/:id/new-version',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Tạo phiên bản mới (bản sao dự thảo)',
          params: IdParams,
          body: NewCriteriaVersionBody,
          response: { 201: CriteriaSetDetail },
        },
      },
      async (req, reply) => reply.code(201).send(await newCriteriaVersion(ctxOf(s, req), req.params.id, req.body)),
    );
    app.post(
      '/:id/activate',
      {
        config: manage,
        schema: { tags, summary: 'Đưa vào sử dụng', params: IdParams, body: CriteriaSetStateBody, response: detail },
      },
      (req) => activateCriteriaSet(ctxOf(s, req), req.params.id, req.body),
    );
    app.post(
      '/:id/retire',
      {
        config: manage,
        schema: { tags, summary: 'Ngừng sử dụng', params: IdParams, body: CriteriaSetStateBody, response: detail },
      },
      (req) => retireCriteriaSet(ctxOf(s, req), req.params.id, req.body),
    );
    app.post(
      '/import',
      {
        config: manage,
        bodyLimit: 10 * 1024 * 1024,
        schema: {
          tags,
          summary: 'Nhập bộ tiêu chí từ bảng chấm điểm XLSX (tạo dự thảo)',
          consumes: ['multipart/form-data'],
          querystring: ImportQuery,
          response: { 201: CriteriaSetDetail },
        },
      },
      async (req, reply) => {
        const ctx = ctxOf(s, req);
        const file = req.isMultipart() ? await req.file() : undefined;
        if (!file) throw new AppError(422, 'import.noFile');
        const data = await file.toBuffer();
        return reply.code(201).send(await importCriteriaSet(ctx, { data, name: file.filename }, req.query.ownerUnitId));
      },
    );
  };
