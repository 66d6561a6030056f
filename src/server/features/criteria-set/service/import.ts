import type { CriteriaSetDetail } from '../../../../common/criteria/schemas.ts';
import type { Ctx } from '../../../context.ts';
import { AppError } from '../../../errors.ts';
import { readCriteriaWorkbook } from '../import-file.ts';
import { presentDetail } from '../present.ts';
import { placeCode, resolveOwner } from './owner.ts';
import { insertDraft } from './write.ts';

/**
 * Imports a score sheet as a new draft: every row readable or nothing
 * written. A code the owner already holds becomes its next version; a code of
 * another owner (the Ministry's, exported and edited) gets the owner's suffix.
 */
export async function importCriteriaSet(
  ctx: Ctx,
  file: { data: Buffer; name: string },
  ownerUnitId: number | null | undefined,
): Promise<CriteriaSetDetail> {
  const parsed = await readCriteriaWorkbook(file.data, ctx.lang);
  if (!parsed.definition)
    throw new AppError(
      422,
      'import.badRows',
      { count: new Set(parsed.errors.map((e) => `${e.column?.split(':')[0]}#${e.row}`)).size },
      { rows: parsed.errors },
    );
  const definition = parsed.definition;
  return ctx.db.transaction(async (tx) => {
    const owner = await resolveOwner(tx, ctx.actor, ownerUnitId);
    const place = await placeCode(tx, definition.code, owner);
    const row = await insertDraft(
      tx,
      ctx,
      { owner, ...place, definition, origin: 'imported' },
      { action: 'criteria.imported', extra: { file: file.name } },
    );
    return presentDetail(tx, row, ctx.actor, ctx.lang);
  });
}
