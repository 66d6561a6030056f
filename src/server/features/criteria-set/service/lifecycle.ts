import type {
  CriteriaSetDetail,
  CriteriaSetStateBody,
  NewCriteriaVersionBody,
} from '../../../../common/criteria/schemas.ts';
import type { Tx } from '../../../../db/client.ts';
import { recordAudit } from '../../../audit.ts';
import type { Ctx } from '../../../context.ts';
import { AppError, conflict, forbidden } from '../../../errors.ts';
import { issuesOf, managesSet, presentDetail } from '../present.ts';
import { lockSet, rootUnit, type SetRow, updateSet } from '../queries.ts';
import { auditUnitOf, placeCode, resolveOwner, visibleOr404 } from './owner.ts';
import { auditRef, insertDraft } from './write.ts';

/**
 * Copies a set as a new draft: the next version of the same code for the same
 * owner, or the owner's own code when a province starts from the Ministry's
 * set. The source stays as it is, so a year scored with it keeps it.
 */
export async function newCriteriaVersion(
  ctx: Ctx,
  id: number,
  body: NewCriteriaVersionBody,
): Promise<CriteriaSetDetail> {
  return ctx.db.transaction(async (tx) => {
    const source = visibleOr404(ctx.actor, await lockSet(tx, id));
    const root = await rootUnit(tx);
    const sameOwner = body.ownerUnitId === undefined && managesSet(ctx.actor, source, root?.path ?? '/');
    const owner = sameOwner
      ? await resolveOwner(tx, ctx.actor, source.ownerUnitId ?? null)
      : await resolveOwner(tx, ctx.actor, body.ownerUnitId);
    const place = await placeCode(tx, source.code, owner);
    const row = await insertDraft(
      tx,
      ctx,
      { owner, ...place, definition: source.definition, origin: 'custom' },
      { action: 'criteria.created', extra: { copiedFrom: auditRef(source) } },
    );
    return presentDetail(tx, row, ctx.actor, ctx.lang);
  });
}

async function lockForState(tx: Tx, ctx: Ctx, id: number, rowVersion: number, from: SetRow['status']) {
  const row = visibleOr404(ctx.actor, await lockSet(tx, id));
  const root = await rootUnit(tx);
  if (!managesSet(ctx.actor, row, root?.path ?? '/')) throw forbidden();
  if (row.status !== from)
    throw new AppError(409, from === 'draft' ? 'criteria.notDraft' : 'criteria.notActive', { code: row.code });
  if (row.rowVersion !== rowVersion)
    throw conflict('criteria.stale', await presentDetail(tx, row, ctx.actor, ctx.lang));
  return row;
}

/** Puts a draft into use; refused, with every issue listed, unless the set passes all the rules. */
export async function activateCriteriaSet(ctx: Ctx, id: number, body: CriteriaSetStateBody) {
  return ctx.db.transaction(async (tx) => {
    const row = await lockForState(tx, ctx, id, body.rowVersion, 'draft');
    const issues = issuesOf(row.definition, ctx.lang);
    if (issues.length > 0)
      throw new AppError(
        422,
        'criteria.cannotActivate',
        { count: issues.length },
        { fields: issues.map((i) => ({ path: `definition.${i.path}`, message: i.message })) },
      );
    return changeStatus(tx, ctx, row, 'active', 'criteria.activated');
  });
}

/** Stops offering a set to new years; years that use it keep it. */
export async function retireCriteriaSet(ctx: Ctx, id: number, body: CriteriaSetStateBody) {
  return ctx.db.transaction(async (tx) => {
    const row = await lockForState(tx, ctx, id, body.rowVersion, 'active');
    return changeStatus(tx, ctx, row, 'retired', 'criteria.retired');
  });
}

async function changeStatus(
  tx: Tx,
  ctx: Ctx,
  row: SetRow,
  status: SetRow['status'],
  action: 'criteria.activated' | 'criteria.retired',
) {
  const after = await updateSet(tx, row.id, { status });
  await recordAudit(tx, {
    action,
    actor: ctx.actor,
    unit: await auditUnitOf(tx, row),
    targetType: 'criteriaSet',
    targetId: row.id,
    before: auditRef(row),
    after: auditRef(after),
    ip: ctx.ip,
  });
  return presentDetail(tx, after, ctx.actor, ctx.lang);
}
