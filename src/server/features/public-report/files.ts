import type { FastifyRequest } from 'fastify';
import { FILE_LIMITS } from '../../../common/public-report/schemas.ts';
import { AppError } from '../../errors.ts';
import { sniffType } from '../evaluation/service/evidence.ts';

export type Upload = { name: string; mimeType: string; data: Buffer };
export type PublicForm = { fields: Record<string, string>; files: Upload[] };

const human = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** Checks one file by its bytes, never by its name: empty 422, too large 413, not an image or PDF 415. */
export function checkUpload(name: string, data: Buffer): Upload {
  if (data.length === 0) throw new AppError(422, 'public.fileEmpty', { name });
  if (data.length > FILE_LIMITS.maxFileBytes)
    throw new AppError(413, 'public.fileTooLarge', { name, limit: human(FILE_LIMITS.maxFileBytes) });
  const type = sniffType(data);
  if (!type || !(FILE_LIMITS.types as readonly string[]).includes(type))
    throw new AppError(415, 'public.fileType', { name });
  return { name: name.slice(0, 200) || 'tep', mimeType: type, data };
}

/**
 * Reads a multipart body fully into memory (at most 5 files of 10 MB, 25 MB in
 * all) before any write, so a refusal never leaves half a submission behind.
 * A JSON body is accepted too: as `data` without files, or (`flat`) as the fields themselves.
 */
export async function readPublicForm(req: FastifyRequest, flat = false): Promise<PublicForm> {
  if (!req.isMultipart()) {
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (flat)
      return {
        fields: Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === 'string' ? v : ''])),
        files: [],
      };
    return { fields: { data: typeof body === 'string' ? body : JSON.stringify(body) }, files: [] };
  }
  const fields: Record<string, string> = {};
  const files: Upload[] = [];
  let total = 0;
  const parts = req.parts({
    limits: { fileSize: FILE_LIMITS.maxFileBytes, files: FILE_LIMITS.maxFiles + 1, fields: 10, fieldSize: 64 * 1024 },
  });
  for await (const part of parts) {
    if (part.type === 'field') {
      fields[part.fieldname] = String(part.value);
      continue;
    }
    if (files.length >= FILE_LIMITS.maxFiles)
      throw new AppError(413, 'public.tooManyFiles', { max: FILE_LIMITS.maxFiles });
    let data: Buffer;
    try {
      data = await part.toBuffer();
    } catch (e) {
      if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
        throw new AppError(413, 'public.fileTooLarge', { name: part.filename, limit: human(FILE_LIMITS.maxFileBytes) });
      throw e;
    }
    total += data.length;
    if (total > FILE_LIMITS.maxTotalBytes)
      throw new AppError(413, 'public.filesTooLarge', { limit: human(FILE_LIMITS.maxTotalBytes) });
    files.push(checkUpload(part.filename, data));
  }
  return { fields, files };
}
