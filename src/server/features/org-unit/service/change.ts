import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { CloseUnitBody, MoveUnitBody, RenameUnitBody } from '../../../../common/org-unit/schemas.ts';
import { unitLineage } from '../../../../db/schema/index.ts';
import { canPlaceUnder, childPath, isInSubtree } from '../../../../domain/org-unit/rules.ts';
import { foldText } from '../../../../domain/text.ts';
import { recordAudit } from '../../../audit.ts';
import type { Ctx } from '../../../context.ts';
import { AppError, invalid } from '../../../errors.ts';
import { authorize } from '../../../policy.ts';
import { presentUnit } from '../present.ts';
import { activeChildren, getUnit, lockUnits, rewriteSubtreePaths } from '../queries.ts';
import { snapshot } from './create.ts';
import { assertEffectiveDate, bumpVersion, writableUnit } from './write-helpers.ts';

/** Renames a unit; the old name stays in the lineage for reports of earlier years. */
export async function renameUnit(ctx: Ctx, id: number, body: z.infer<typeof RenameUnitBody>) {
  return ctx.db.transaction(async (tx) => {
    const unit = await writableUnit(tx, ctx, (await lockUnits(tx, [id]))[0], body.version);
    authorize(ctx.actor, 'unit.manage', unit);
    assertEffectiveDate(unit, body.effectiveDate);
    const after = await bumpVersion(tx, id, {
      name: body.name,
      searchName: foldText(body.name),
      typeLabel: body.typeLabel ?? unit.typeLabel,
    });
    await tx.insert(unitLineage).values({
      eventId: randomUUID(),
      kind: 'rename',
      effectiveDate: body.effectiveDate,
      predecessorId: id,
      successorId: id,
      details: { from: unit.name, to: body.name },
      note: body.note,
      createdBy: ctx.actor.id,
    });
    await recordAudit(tx, {
      action: 'unit.renamed',
      actor: ctx.actor,
      unit,
      targetType: 'unit',
      targetId: id,
      before: snapshot(unit),
      after: snapshot(after),
      ip: ctx.ip,
    });
    return presentUnit(tx, after, ctx.actor);
  });
}

/** Moves a unit and its whole subtree under another parent. */
export async function moveUnit(ctx: Ctx, id: number, body: z.infer<typeof MoveUnitBody>) {
  return ctx.db.transaction(async (tx) => {
    const locked = await lockUnits(tx, [id, body.newParentId]);
    const unit = await writableUnit(
      tx,
      ctx,
      locked.find((u) => u.id === id),
      body.version,
    );
    const parent = locked.find((u) => u.id === body.newParentId);
    if (!parent) throw invalid('notFound', {}, [{ path: 'body.newParentId', message: 'msg:notFound' }]);
    authorize(ctx.actor, 'unit.manage', unit);
    authorize(ctx.actor, 'unit.manage', parent);
    if (parent.status !== 'active') throw new AppError(409, 'unit.closed', { name: parent.name });
    if (isInSubtree(parent.path, unit.path)) throw invalid('unit.moveIntoSelf');
    if (!canPlaceUnder(unit, parent)) {
      throw invalid('unit.badParentLevel', { child: unit.level ?? unit.kind, parent: parent.level ?? parent.kind });
    }
    assertEffectiveDate(unit, body.effectiveDate);
    const oldParent = unit.parentId ? await getUnit(tx, unit.parentId) : undefined;
    const newPath = childPath(parent.path, id);
    await rewriteSubtreePaths(tx, unit.path, newPath, parent.depth + 1 - unit.depth);
    const after = await bumpVersion(tx, id, { parentId: parent.id, path: newPath, depth: parent.depth + 1 });
    await tx.insert(unitLineage).values({
      eventId: randomUUID(),
      kind: 'move',
      effectiveDate: body.effectiveDate,
      predecessorId: id,
      successorId: id,
      details: {
        fromParentId: unit.parentId,
        fromParentName: oldParent?.name ?? null,
        toParentId: parent.id,
        toParentName: parent.name,
      },
      note: body.note,
      createdBy: ctx.actor.id,
    });
    await recordAudit(tx, {
      action: 'unit.moved',
      actor: ctx.actor,
      unit: after,
      targetType: 'unit',
      targetId: id,
      before: snapshot(unit),
      after: snapshot(after),
      ip: ctx.ip,
    });
    return presentUnit(tx, after, ctx.actor);
  });
}

/** Closes (dissolves) a unit with no active sub-units; it stays for history. */
export async function closeUnit(ctx: Ctx, id: number, body: z.infer<typeof CloseUnitBody>) {
  return ctx.db.transaction(async (tx) => {
    const unit = await writableUnit(tx, ctx, (await lockUnits(tx, [id]))[0], body.version);
    authorize(ctx.actor, 'unit.manage', unit);
    assertEffectiveDate(unit, body.effectiveDate);
    const children = await activeChildren(tx, id);
    if (children.length > 0) throw new AppError(409, 'unit.hasActiveChildren', { count: children.length });
    const after = await bumpVersion(tx, id, { status: 'closed', validTo: body.effectiveDate });
    await tx.insert(unitLineage).values({
      eventId: randomUUID(),
      kind: 'close',
      effectiveDate: body.effectiveDate,
      predecessorId: id,
      successorId: null,
      note: body.note,
      createdBy: ctx.actor.id,
    });
    await recordAudit(tx, {
      action: 'unit.closed',
      actor: ctx.actor,
      unit,
      targetType: 'unit',
      targetId: id,
      before: snapshot(unit),
      after: snapshot(after),
      ip: ctx.ip,
    });
    return presentUnit(tx, after, ctx.actor);
  });
}
