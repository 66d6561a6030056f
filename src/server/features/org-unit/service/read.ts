import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { LineageEntry, ListUnitsQuery, UnitPage, UnitSummary } from '../../../../common/org-unit/schemas.ts';
import { orgUnits, unitLineage } from '../../../../db/schema/index.ts';
import { foldText } from '../../../../domain/text.ts';
import type { Ctx } from '../../../context.ts';
import { notFound } from '../../../errors.ts';
import { authorize, scopePaths, scopeWhere } from '../../../policy.ts';
import { presentUnit, presentUnits } from '../present.ts';
import { findUnits, getUnit, nameMatches, type UnitRow } from '../queries.ts';

/** Loads a unit the actor may read: 404 when absent, 403 when outside their subtrees. */
export async function getReadableUnit(ctx: Ctx, id: number): Promise<UnitRow> {
  const unit = await getUnit(ctx.db, id);
  if (!unit) throw notFound();
  authorize(ctx.actor, 'unit.read', unit);
  return unit;
}

export async function getUnitDetail(ctx: Ctx, id: number) {
  return presentUnit(ctx.db, await getReadableUnit(ctx, id), ctx.actor);
}

/** The tops of the actor's readable subtrees, where the tree view starts. */
export async function listRoots(ctx: Ctx): Promise<UnitSummary[]> {
  const paths = scopePaths(ctx.actor, 'unit.read');
  if (paths.length === 0) return [];
  const rows = await ctx.db.select().from(orgUnits).where(inArray(orgUnits.path, paths));
  return presentUnits(ctx.db, rows);
}

/** Children of a unit, or a diacritic-insensitive search over the actor's subtrees. */
export async function listUnits(ctx: Ctx, q: ListUnitsQuery): Promise<UnitPage> {
  const filters: SQL[] = [scopeWhere(orgUnits.path, ctx.actor, 'unit.read')];
  if (q.parentId) {
    await getReadableUnit(ctx, q.parentId);
    filters.push(eq(orgUnits.parentId, q.parentId));
  }
  if (q.q) filters.push(or(nameMatches(foldText(q.q)), eq(orgUnits.code, q.q.trim())) as SQL);
  if (q.group === 'administrative') filters.push(eq(orgUnits.kind, 'administrative'));
  if (q.group === 'institution') filters.push(inArray(orgUnits.kind, ['agency', 'enterprise', 'school']));
  if (q.level) filters.push(eq(orgUnits.level, q.level));
  if (q.status !== 'all') filters.push(eq(orgUnits.status, q.status));
  const { rows, total } = await findUnits(ctx.db, and(...filters)!, q.page, q.pageSize);
  return { items: await presentUnits(ctx.db, rows), total, page: q.page, pageSize: q.pageSize };
}

/** Every lineage edge touching the unit, oldest first. */
export async function listLineage(ctx: Ctx, id: number): Promise<LineageEntry[]> {
  await getReadableUnit(ctx, id);
  const pred = alias(orgUnits, 'pred');
  const succ = alias(orgUnits, 'succ');
  const rows = await ctx.db
    .select({
      l: unitLineage,
      pred: { id: pred.id, code: pred.code, name: pred.name, level: pred.level, kind: pred.kind },
      succ: { id: succ.id, code: succ.code, name: succ.name, level: succ.level, kind: succ.kind },
    })
    .from(unitLineage)
    .innerJoin(pred, eq(pred.id, unitLineage.predecessorId))
    .leftJoin(succ, eq(succ.id, unitLineage.successorId))
    .where(or(eq(unitLineage.predecessorId, id), eq(unitLineage.successorId, id)))
    .orderBy(unitLineage.effectiveDate, unitLineage.id);
  return rows.map(({ l, pred: p, succ: s }) => ({
    eventId: l.eventId,
    kind: l.kind,
    effectiveDate: l.effectiveDate,
    predecessor: p,
    successor: s?.id ? s : null,
    share: l.share === null ? null : Number(l.share),
    details: (l.details as Record<string, unknown> | null) ?? null,
    note: l.note,
  }));
}
