import type {
  CreateCriteriaSetBody,
  CriteriaSetDefinition,
  CriteriaSetDetail,
  UpdateCriteriaSetBody,
} from '../../../../common/criteria/schemas.ts';
import type { Tx } from '../../../../db/client.ts';
import { recordAudit } from '../../../audit.ts';
import type { Ctx } from '../../../context.ts';
import { AppError, conflict, forbidden, invalid } from '../../../errors.ts';
import { managesSet, presentDetail } from '../present.ts';
import { insertSet, inUseIds, lockSet, rootUnit, type SetRow, updateSet, versionsOf } from '../queries.ts';
import { auditUnitOf, type Owner, resolveOwner, visibleOr404 } from './owner.ts';

/** The columns a definition fills. */
export const columnsOf = (d: CriteriaSetDefinition) => ({
  kind: d.kind,
  name: d.name,
  appliesTo: [...d.appliesTo],
  definition: d,
});

/** What an audit row keeps of a set besides the full definition. */
export const auditRef = (r: SetRow) => ({ id: r.id, code: r.code, version: r.version, status: r.status, name: r.name });

/** Inserts a draft for an owner and writes its audit; the caller holds the transaction. */
export async function insertDraft(
  tx: Tx,
  ctx: Ctx,
  p: { owner: Owner; code: string; version: number; definition: CriteriaSetDefinition; origin: SetRow['origin'] },
  audit: { action: 'criteria.created' | 'criteria.imported'; extra?: Record<string, unknown> },
) {
  const definition = { ...p.definition, code: p.code };
  const row = await insertSet(tx, {
    ...columnsOf(definition),
    code: p.code,
    version: p.version,
    status: 'draft',
    origin: p.origin,
    ownerUnitId: p.owner.ownerUnitId,
    ownerPath: p.owner.ownerPath,
    createdBy: ctx.actor.id,
  });
  await recordAudit(tx, {
    action: audit.action,
    actor: ctx.actor,
    unit: p.owner.unit,
    targetType: 'criteriaSet',
    targetId: row.id,
    after: { ...auditRef(row), ...audit.extra, definition },
    ip: ctx.ip,
  });
  return row;
}

/** Creates a draft set owned by a unit in the actor's `criteria.manage` scope; the code must be new. */
export async function createCriteriaSet(ctx: Ctx, body: CreateCriteriaSetBody): Promise<CriteriaSetDetail> {
  return ctx.db.transaction(async (tx) => {
    const owner = await resolveOwner(tx, ctx.actor, body.ownerUnitId);
    if ((await versionsOf(tx, body.definition.code)).length > 0)
      throw invalid('criteria.codeTaken', { code: body.definition.code }, [
        { path: 'body.definition.code', message: 'msg:criteria.codeTaken' },
      ]);
    const row = await insertDraft(
      tx,
      ctx,
      { owner, code: body.definition.code, version: 1, definition: body.definition, origin: 'custom' },
      { action: 'criteria.created' },
    );
    return presentDetail(tx, row, ctx.actor, ctx.lang);
  });
}

/**
 * A locked row the actor may change, still a draft that no year uses, at the
 * version the client saw (else 409 with the current set).
 */
export async function lockEditable(tx: Tx, ctx: Ctx, id: number, rowVersion: number): Promise<SetRow> {
  const row = visibleOr404(ctx.actor, await lockSet(tx, id));
  const root = await rootUnit(tx);
  if (!managesSet(ctx.actor, row, root?.path ?? '/')) throw forbidden();
  if ((await inUseIds(tx, [row.id])).size > 0) throw new AppError(409, 'criteria.inUse', { code: row.code });
  if (row.status !== 'draft') throw new AppError(409, 'criteria.notDraft', { code: row.code });
  if (row.rowVersion !== rowVersion)
    throw conflict('criteria.stale', await presentDetail(tx, row, ctx.actor, ctx.lang));
  return row;
}

/** Saves a draft's definition; code and kind stay what the set was created with. */
export async function updateCriteriaSet(ctx: Ctx, id: number, body: UpdateCriteriaSetBody): Promise<CriteriaSetDetail> {
  return ctx.db.transaction(async (tx) => {
    const row = await lockEditable(tx, ctx, id, body.rowVersion);
    const d = body.definition;
    if (d.code !== row.code)
      throw invalid('criteria.codeImmutable', { code: row.code }, [
        { path: 'body.definition.code', message: 'msg:criteria.codeImmutable' },
      ]);
    if (d.kind !== row.kind)
      throw invalid('criteria.kindImmutable', {}, [
        { path: 'body.definition.kind', message: 'msg:criteria.kindImmutable' },
      ]);
    const after = await updateSet(tx, row.id, columnsOf(d));
    await recordAudit(tx, {
      action: 'criteria.updated',
      actor: ctx.actor,
      unit: await auditUnitOf(tx, row),
      targetType: 'criteriaSet',
      targetId: row.id,
      before: { ...auditRef(row), definition: row.definition },
      after: { ...auditRef(after), definition: after.definition },
      ip: ctx.ip,
    });
    return presentDetail(tx, after, ctx.actor, ctx.lang);
  });
}
