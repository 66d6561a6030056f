import { and, eq } from 'drizzle-orm';
import { initiativeDocuments, initiatives, orgUnits } from '../../../../db/schema/index.ts';
import type { Ctx } from '../../../context.ts';
import { AppError, notFound } from '../../../errors.ts';
import { authorize } from '../../../policy.ts';
import { sniffType } from '../../evaluation/service/evidence.ts';
import { writeOnInitiative } from './write.ts';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const zipTypes: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The type from the first bytes (a renamed executable is not a PDF): PDF, JPEG, PNG, or DOCX/XLSX by name. */
export function documentType(fileName: string, data: Buffer): string {
  if (data.length === 0) throw new AppError(422, 'initiative.documentEmpty', { name: fileName });
  if (data.length > MAX_DOCUMENT_BYTES) {
    throw new AppError(413, 'initiative.documentTooLarge', { name: fileName, limit: '10 MB' });
  }
  const sniffed = sniffType(data);
  if (sniffed === 'application/zip') {
    const type = zipTypes[fileName.split('.').pop()?.toLowerCase() ?? ''];
    if (type) return type;
  } else if (sniffed && ['application/pdf', 'image/jpeg', 'image/png'].includes(sniffed)) return sniffed;
  throw new AppError(415, 'initiative.documentType', { name: fileName });
}

/** Attaches a file to the initiative, in the same transaction as its version bump and audit row. */
export function addDocument(ctx: Ctx, id: number, version: number, file: { name: string; data: Buffer }) {
  const mimeType = documentType(file.name, file.data);
  return writeOnInitiative(ctx, id, version, async (tx) => {
    const [row] = await tx
      .insert(initiativeDocuments)
      .values({
        initiativeId: id,
        fileName: file.name.slice(0, 200),
        mimeType,
        size: file.data.length,
        content: file.data,
        uploadedBy: ctx.actor.id,
      })
      .returning({
        id: initiativeDocuments.id,
        fileName: initiativeDocuments.fileName,
        size: initiativeDocuments.size,
      });
    return { audit: { action: 'initiative.documentAdded', after: { ...row, mimeType } } };
  });
}

export function removeDocument(ctx: Ctx, id: number, documentId: number, version: number) {
  return writeOnInitiative(ctx, id, version, async (tx) => {
    const [before] = await tx
      .delete(initiativeDocuments)
      .where(and(eq(initiativeDocuments.id, documentId), eq(initiativeDocuments.initiativeId, id)))
      .returning({
        id: initiativeDocuments.id,
        fileName: initiativeDocuments.fileName,
        size: initiativeDocuments.size,
      });
    if (!before) throw notFound();
    return { audit: { action: 'initiative.documentRemoved', before } };
  });
}

/** The file, for anyone who may read the initiative. */
export async function getDocument(ctx: Ctx, id: number, documentId: number) {
  const [row] = await ctx.db
    .select({ doc: initiativeDocuments, unitPath: orgUnits.path })
    .from(initiativeDocuments)
    .innerJoin(initiatives, eq(initiatives.id, initiativeDocuments.initiativeId))
    // the unit's current path, as the registry reads do, so a moved unit's files follow it
    .innerJoin(orgUnits, eq(orgUnits.id, initiatives.unitId))
    .where(and(eq(initiativeDocuments.id, documentId), eq(initiativeDocuments.initiativeId, id)));
  if (!row) throw notFound();
  authorize(ctx.actor, 'registry.read', { path: row.unitPath });
  return row.doc;
}
