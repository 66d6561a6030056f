import type { FastifyRequest } from 'fastify';
import type { RoutePolicy } from '../common/permissions.ts';
import { RegistryImportResult } from '../common/registry/schemas.ts';
import { AppError } from './errors.ts';

/** The single file of a multipart import request; 422 `import.noFile` when none was sent. */
export async function uploadedFile(req: FastifyRequest): Promise<{ data: Buffer; name: string }> {
  const file = req.isMultipart() ? await req.file() : undefined;
  if (!file) throw new AppError(422, 'import.noFile');
  return { data: await file.toBuffer(), name: file.filename };
}

/**
 * Route options of a spreadsheet import (one XLSX in, all rows or none,
 * counts out): the policy, a 25 MB body, multipart, and the route's own
 * params or query schema.
 */
export function importRouteOptions<S extends object>(policy: RoutePolicy, tags: string[], summary: string, schema: S) {
  return {
    config: { policy },
    bodyLimit: 25 * 1024 * 1024,
    schema: {
      tags,
      summary,
      consumes: ['multipart/form-data'],
      response: { 200: RegistryImportResult },
      ...schema,
    },
  };
}
