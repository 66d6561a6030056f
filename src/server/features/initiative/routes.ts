import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  EditReplicationBody,
  InitiativeDetail,
  InitiativeTypeBody,
  InitiativeTypeView,
  InitiativeView,
  NewInitiativeTypeBody,
  PointListQuery,
  PointView,
  RecognitionBody,
  ReplicateBody,
  SubParams,
  VersionQuery,
} from '../../../common/initiative/schemas.ts';
import { IdParams, pageOf } from '../../../common/page.ts';
import { RegistryCounts, RegistryCountsQuery } from '../../../common/registry/schemas.ts';
import type { Services } from '../../app.ts';
import { AppError } from '../../errors.ts';
import { registryRoutes } from '../../registry/routes.ts';
import { sendFile } from '../../send-file.ts';
import { ctxOf } from '../ctx.ts';
import { listPoints, pointCounts } from './points.ts';
import { initiativeRegistry } from './registry.ts';
import { addDocument, getDocument, MAX_DOCUMENT_BYTES, removeDocument } from './service/documents.ts';
import { addRecognition, removeRecognition } from './service/recognitions.ts';
import { editReplication, removeReplication, replicate } from './service/replications.ts';
import { createType, listTypes, presentTypes, updateType } from './types.ts';

const tags = ['initiative'];
const read = { policy: 'registry.read' as const };
const manage = { policy: 'initiative.manage' as const };
const detail = { 200: InitiativeDetail };

/** Initiatives: the standard registry routes, their points, recognitions and files, and the type taxonomy. */
export const initiativeRoutes =
  (s: Services): FastifyPluginAsync =>
  async (app) => {
    await app.register(
      async (x) => {
        subRecordRoutes(x, s);
        registryRoutes(x, s, initiativeRegistry, {
          view: InitiativeView,
          detail: InitiativeDetail,
          names: { vi: 'mô hình', file: 'mo-hinh' },
        });
      },
      { prefix: '/initiatives' },
    );
    await app.register(async (x) => typeRoutes(x, s), { prefix: '/initiative-types' });
  };

function subRecordRoutes(plain: FastifyInstance, s: Services) {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/points',
    {
      config: read,
      schema: {
        tags,
        summary: 'Điểm nhân rộng mô hình trong đơn vị',
        querystring: PointListQuery,
        response: { 200: pageOf(PointView) },
      },
    },
    (req) => listPoints(ctxOf(s, req), req.query),
  );
  app.get(
    '/points/counts',
    {
      config: read,
      schema: {
        tags,
        summary: 'Số điểm nhân rộng theo đơn vị trực thuộc (điểm tính ở nơi nhân rộng)',
        querystring: RegistryCountsQuery,
        response: { 200: RegistryCounts },
      },
    },
    (req) => pointCounts(ctxOf(s, req), req.query),
  );
  app.post(
    '/:id/replications',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Nhân rộng mô hình đến một đơn vị',
        params: IdParams,
        body: ReplicateBody,
        response: detail,
      },
    },
    (req) => replicate(ctxOf(s, req), req.params.id, req.body),
  );
  app.put(
    '/:id/replications/:subId',
    {
      config: manage,
      schema: { tags, summary: 'Sửa điểm nhân rộng', params: SubParams, body: EditReplicationBody, response: detail },
    },
    (req) => editReplication(ctxOf(s, req), req.params.id, req.params.subId, req.body),
  );
  app.delete(
    '/:id/replications/:subId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Xóa điểm nhân rộng nhập nhầm',
        params: SubParams,
        querystring: VersionQuery,
        response: detail,
      },
    },
    (req) => removeReplication(ctxOf(s, req), req.params.id, req.params.subId, req.query.version),
  );
  app.post(
    '/:id/recognitions',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Ghi nhận danh hiệu, công nhận',
        params: IdParams,
        body: RecognitionBody,
        response: detail,
      },
    },
    (req) => addRecognition(ctxOf(s, req), req.params.id, req.body),
  );
  app.delete(
    '/:id/recognitions/:subId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Xóa công nhận nhập nhầm',
        params: SubParams,
        querystring: VersionQuery,
        response: detail,
      },
    },
    (req) => removeRecognition(ctxOf(s, req), req.params.id, req.params.subId, req.query.version),
  );
  app.post(
    '/:id/documents',
    {
      config: manage,
      bodyLimit: MAX_DOCUMENT_BYTES + 1024 * 1024,
      schema: {
        tags,
        summary: 'Tải lên tài liệu (PDF, DOCX, XLSX, JPEG, PNG; tối đa 10 MB)',
        params: IdParams,
        querystring: VersionQuery,
        consumes: ['multipart/form-data'],
        response: detail,
      },
    },
    async (req) => {
      const file = req.isMultipart() ? await req.file({ limits: { fileSize: MAX_DOCUMENT_BYTES + 1 } }) : undefined;
      if (!file) throw new AppError(422, 'initiative.documentMissing');
      const data = await file.toBuffer();
      return addDocument(ctxOf(s, req), req.params.id, req.query.version, { name: file.filename, data });
    },
  );
  app.get(
    '/:id/documents/:subId',
    { config: read, schema: { tags, summary: 'Tải tài liệu mô hình', params: SubParams } },
    async (req, reply) => {
      const f = await getDocument(ctxOf(s, req), req.params.id, req.params.subId);
      return sendFile(reply, f.mimeType, f.fileName, f.content);
    },
  );
  app.delete(
    '/:id/documents/:subId',
    {
      config: manage,
      schema: { tags, summary: 'Xóa tài liệu mô hình', params: SubParams, querystring: VersionQuery, response: detail },
    },
    (req) => removeDocument(ctxOf(s, req), req.params.id, req.params.subId, req.query.version),
  );
}

function typeRoutes(plain: FastifyInstance, s: Services) {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/',
    {
      config: read,
      schema: {
        tags,
        summary: 'Danh mục loại mô hình (cả loại đã ngừng dùng)',
        response: { 200: z.array(InitiativeTypeView) },
      },
    },
    async () => presentTypes(await listTypes(s.db)),
  );
  app.post(
    '/',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Thêm loại mô hình (cấp toàn quốc)',
        body: NewInitiativeTypeBody,
        response: { 201: InitiativeTypeView },
      },
    },
    async (req, reply) => reply.code(201).send(await createType(ctxOf(s, req), req.body)),
  );
  app.put(
    '/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Sửa tên, thứ tự, ngừng dùng loại mô hình',
        params: IdParams,
        body: InitiativeTypeBody,
        response: { 200: InitiativeTypeView },
      },
    },
    (req) => updateType(ctxOf(s, req), req.params.id, req.body),
  );
}
