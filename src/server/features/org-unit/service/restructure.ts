import { randomUUID } from 'node:crypto';
import type { MergeUnitsBody, SplitUnitBody } from '../../../../common/org-unit/schemas.ts';
import type { Tx } from '../../../../db/client.ts';
import { unitLineage } from '../../../../db/schema/index.ts';
import { shareProblem } from '../../../../domain/org-unit/rules.ts';
import { recordAudit } from '../../../audit.ts';
import type { Ctx } from '../../../context.ts';
import { AppError, invalid, notFound } from '../../../errors.ts';
import { authorize } from '../../../policy.ts';
import { presentUnit } from '../present.ts';
import { activeChildren, lockUnits, type UnitRow } from '../queries.ts';
import { snapshot } from './create.ts';
import { assertEffectiveDate, bumpVersion, insertUnit, reparent, writableUnit } from './write-helpers.ts';

/**
 * Merges units into one: the receiving unit continues (or is created), the
 * others close on the effective date, their active sub-units move to it, and
 * lineage edges let reports roll their history into the successor.
 */
export async function mergeUnits(ctx: Ctx, body: MergeUnitsBody) {
  return ctx.db.transaction(async (tx) => {
    const t = body.target;
    const extra = 'id' in t ? [t.id] : [t.parentId];
    if ('id' in t && body.sourceIds.includes(t.id)) throw invalid('unit.mergeSelf');
    const locked = await lockUnits(tx, [...new Set([...body.sourceIds, ...extra])]);
    const sources: UnitRow[] = [];
    for (const id of new Set(body.sourceIds))
      sources.push(
        await writableUnit(
          tx,
          ctx,
          locked.find((u) => u.id === id),
        ),
      );
    const first = sources[0]!;
    if (sources.some((s) => s.level !== first.level || s.kind !== first.kind)) throw invalid('unit.mergeLevels');
    for (const s of sources) {
      authorize(ctx.actor, 'unit.manage', s);
      assertEffectiveDate(s, body.effectiveDate);
    }
    const target = await resolveTarget(tx, ctx, body, locked, first);
    if (target.level !== first.level || target.kind !== first.kind) throw invalid('unit.mergeLevels');
    const eventId = randomUUID();
    let moved = 0;
    for (const s of sources) {
      for (const child of await activeChildren(tx, s.id)) {
        await reparent(tx, child, target);
        moved++;
      }
      await bumpVersion(tx, s.id, { status: 'closed', validTo: body.effectiveDate });
      await tx.insert(unitLineage).values({
        eventId,
        kind: 'merge',
        effectiveDate: body.effectiveDate,
        predecessorId: s.id,
        successorId: target.id,
        share: '1',
        note: body.note,
        createdBy: ctx.actor.id,
      });
    }
    const after = await bumpVersion(tx, target.id, {});
    await recordAudit(tx, {
      action: 'unit.merged',
      actor: ctx.actor,
      unit: after,
      targetType: 'unit',
      targetId: after.id,
      before: { sources: sources.map((s) => ({ id: s.id, ...snapshot(s) })) },
      after: { target: { id: after.id, ...snapshot(after) }, movedSubUnits: moved, eventId },
      ip: ctx.ip,
    });
    return presentUnit(tx, after, ctx.actor);
  });
}

async function resolveTarget(tx: Tx, ctx: Ctx, body: MergeUnitsBody, locked: UnitRow[], like: UnitRow) {
  const t = body.target;
  if ('id' in t) {
    const target = await writableUnit(
      tx,
      ctx,
      locked.find((u) => u.id === t.id),
    );
    authorize(ctx.actor, 'unit.manage', target);
    return target;
  }
  const parent = locked.find((u) => u.id === t.parentId);
  if (!parent) throw notFound();
  if (parent.status !== 'active') throw new AppError(409, 'unit.closed', { name: parent.name });
  authorize(ctx.actor, 'unit.manage', parent);
  return insertUnit(
    tx,
    ctx,
    {
      parent,
      kind: like.kind,
      level: like.level,
      code: t.code,
      name: t.name,
      typeLabel: t.typeLabel ?? like.typeLabel,
      validFrom: body.effectiveDate,
    },
    'body.target',
  );
}

/**
 * Splits a unit into new ones under the same parent. Each part takes a share
 * of the source's history and the sub-units assigned to it; the source closes
 * unless it is kept (then it keeps the remaining share).
 */
export async function splitUnit(ctx: Ctx, id: number, body: SplitUnitBody) {
  return ctx.db.transaction(async (tx) => {
    const [sourceRow] = await lockUnits(tx, [id]);
    const source = await writableUnit(tx, ctx, sourceRow, body.version);
    authorize(ctx.actor, 'unit.manage', source);
    assertEffectiveDate(source, body.effectiveDate);
    const sum = shareProblem(
      body.parts.map((p) => p.share),
      body.keepSource,
    );
    if (sum !== null) throw invalid('unit.shareSum', { sum }, [{ path: 'body.parts', message: 'msg:unit.shareSum' }]);
    const [parent] = await lockUnits(tx, [source.parentId!]);
    authorize(ctx.actor, 'unit.manage', parent!);
    const children = new Map((await activeChildren(tx, id)).map((c) => [c.id, c]));
    const assigned = body.parts.flatMap((p) => p.childIds);
    const stranger = assigned.find((c) => !children.has(c));
    if (stranger) throw invalid('unit.notChild', { id: stranger });
    const unassigned = children.size - new Set(assigned).size;
    if (!body.keepSource && unassigned > 0) throw invalid('unit.childrenUnassigned', { count: unassigned });

    const eventId = randomUUID();
    const parts: UnitRow[] = [];
    for (const [i, p] of body.parts.entries()) {
      const part = await insertUnit(
        tx,
        ctx,
        {
          parent: parent!,
          kind: source.kind,
          level: source.level,
          code: p.code,
          name: p.name,
          typeLabel: p.typeLabel ?? source.typeLabel,
          validFrom: body.effectiveDate,
        },
        `body.parts.${i}`,
      );
      for (const c of p.childIds) await reparent(tx, children.get(c)!, part);
      await tx.insert(unitLineage).values({
        eventId,
        kind: 'split',
        effectiveDate: body.effectiveDate,
        predecessorId: id,
        successorId: part.id,
        share: String(p.share),
        note: body.note,
        createdBy: ctx.actor.id,
      });
      parts.push(part);
    }
    const remaining = 1 - body.parts.reduce((a, p) => a + p.share, 0);
    if (body.keepSource) {
      await tx.insert(unitLineage).values({
        eventId,
        kind: 'split',
        effectiveDate: body.effectiveDate,
        predecessorId: id,
        successorId: id,
        share: remaining.toFixed(4),
        note: body.note,
        createdBy: ctx.actor.id,
      });
    }
    const after = await bumpVersion(tx, id, body.keepSource ? {} : { status: 'closed', validTo: body.effectiveDate });
    await recordAudit(tx, {
      action: 'unit.split',
      actor: ctx.actor,
      unit: source,
      targetType: 'unit',
      targetId: id,
      before: snapshot(source),
      after: { source: snapshot(after), parts: parts.map((p) => ({ id: p.id, ...snapshot(p) })), eventId },
      ip: ctx.ip,
    });
    return presentUnit(tx, after, ctx.actor);
  });
}
