import { and, eq } from 'drizzle-orm';
import type { SheetParams } from '../../../../common/evaluation/schemas.ts';
import { evaluationEvidence, evaluations } from '../../../../db/schema/index.ts';
import { leavesOf } from '../../../../domain/evaluation/criteria.ts';
import type { Ctx } from '../../../context.ts';
import { AppError, notFound } from '../../../errors.ts';
import { ensureEvaluation, loadSheetContext } from './sheet-context.ts';
import { writeSheet } from './write.ts';

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** Real file type from the first bytes: a renamed executable is not a PDF. */
export function sniffType(data: Buffer): string | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => data[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'application/pdf';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && data.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  // docx, xlsx, odt: zip containers
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'application/zip';
  return null;
}

const zipTypes: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

function acceptedType(fileName: string, data: Buffer): string {
  if (data.length === 0) throw new AppError(422, 'evaluation.evidenceEmpty', { name: fileName });
  if (data.length > MAX_EVIDENCE_BYTES)
    throw new AppError(413, 'evaluation.evidenceTooLarge', { name: fileName, limit: '10 MB' });
  const sniffed = sniffType(data);
  if (sniffed === 'application/zip') {
    const ext = fileName.split('.').pop()?.toLowerCase() ?? '';
    const type = zipTypes[ext];
    if (type) return type;
  } else if (sniffed) return sniffed;
  throw new AppError(415, 'evaluation.evidenceType', { name: fileName });
}

/** Attaches a file to a line of the sheet, in the same transaction as the sheet row. */
export function addEvidence(
  ctx: Ctx,
  p: SheetParams,
  version: number,
  file: { code: string; name: string; data: Buffer },
) {
  const mimeType = acceptedType(file.name, file.data);
  return writeSheet(
    ctx,
    p,
    version,
    {
      action: 'evidence',
      allowed: (sc) => sc.roles.self && ['notStarted', 'draft', 'returned'].includes(sc.ev?.status ?? 'notStarted'),
      audit: 'evaluation.evidenceAdded',
    },
    async (tx, sc) => {
      if (!leavesOf(sc.set).some((l) => l.code === file.code) && !sc.set.criteria.some((c) => c.code === file.code))
        throw new AppError(422, 'evaluation.unknownCode', { code: file.code });
      const ev = await ensureEvaluation(tx, sc);
      const [row] = await tx
        .insert(evaluationEvidence)
        .values({
          evaluationId: ev.id,
          code: file.code,
          fileName: file.name.slice(0, 200),
          mimeType,
          size: file.data.length,
          content: file.data,
          uploadedBy: ctx.actor.id,
        })
        .returning({ id: evaluationEvidence.id });
      return { details: { evidenceId: row!.id, code: file.code, fileName: file.name, size: file.data.length } };
    },
  );
}

async function evidenceRow(ctx: Ctx, id: number) {
  const [row] = await ctx.db
    .select({
      id: evaluationEvidence.id,
      evaluationId: evaluationEvidence.evaluationId,
      unitId: evaluations.unitId,
      year: evaluations.year,
      version: evaluations.version,
    })
    .from(evaluationEvidence)
    .innerJoin(evaluations, eq(evaluations.id, evaluationEvidence.evaluationId))
    .where(eq(evaluationEvidence.id, id));
  if (!row) throw notFound();
  return row;
}

/** The file, for anyone who may read the sheet. */
export async function getEvidenceFile(ctx: Ctx, id: number) {
  const row = await evidenceRow(ctx, id);
  await loadSheetContext(ctx.db, ctx.actor, row.unitId, row.year);
  const [file] = await ctx.db.select().from(evaluationEvidence).where(eq(evaluationEvidence.id, id));
  return file!;
}

export async function removeEvidence(ctx: Ctx, id: number) {
  const row = await evidenceRow(ctx, id);
  return writeSheet(
    ctx,
    { unitId: row.unitId, year: row.year },
    row.version,
    {
      action: 'evidence',
      allowed: (sc) => sc.roles.self && ['notStarted', 'draft', 'returned'].includes(sc.ev?.status ?? 'notStarted'),
      audit: 'evaluation.evidenceRemoved',
    },
    async (tx) => {
      await tx
        .delete(evaluationEvidence)
        .where(and(eq(evaluationEvidence.id, id), eq(evaluationEvidence.evaluationId, row.evaluationId)));
      return { details: { evidenceId: id } };
    },
  );
}
