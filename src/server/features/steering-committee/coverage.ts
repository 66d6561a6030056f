import { and, eq, like, ne, sql } from 'drizzle-orm';
import type { Coverage } from '../../../common/steering-committee/schemas.ts';
import { committeeAssignments, orgUnits, steeringCommittees } from '../../../db/schema/index.ts';
import { escapeLike } from '../../../domain/text.ts';
import type { Ctx } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { authorize, scopePaths } from '../../policy.ts';
import { childKey } from '../../subtree.ts';
import { getUnit, unitRefsByIds } from '../org-unit/queries.ts';

const coveredSql = sql`exists (select 1 from ${committeeAssignments} ca
  join ${steeringCommittees} sc on sc.id = ca.committee_id
  where ca.unit_id = ${orgUnits.id} and ca.ended_on is null and sc.closed_on is null)`;

/**
 * How many active units under each child of a unit have a responsible
 * committee member, grouped in SQL over the subtree's path range.
 */
export async function coverage(ctx: Ctx, unitId?: number): Promise<Coverage> {
  const unit = unitId ? await getUnit(ctx.db, unitId) : await topUnit(ctx);
  if (!unit) throw notFound();
  authorize(ctx.actor, 'registry.read', unit);
  const key = childKey(unit.path);
  const rows = await ctx.db
    .select({
      key,
      units: sql<number>`count(*)::int`,
      covered: sql<number>`(count(*) filter (where ${coveredSql}))::int`,
    })
    .from(orgUnits)
    .where(
      and(like(orgUnits.path, `${escapeLike(unit.path)}%`), ne(orgUnits.id, unit.id), eq(orgUnits.status, 'active')),
    )
    .groupBy(key);
  const refs = await unitRefsByIds(ctx.db, [unit.id, ...rows.map((r) => Number(r.key))]);
  const children = rows
    .map((r) => ({ unit: refs.get(Number(r.key))!, units: Number(r.units), covered: Number(r.covered) }))
    .filter((c) => c.unit)
    .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'));
  return {
    unit: refs.get(unit.id)!,
    units: children.reduce((n, c) => n + c.units, 0),
    covered: children.reduce((n, c) => n + c.covered, 0),
    children,
  };
}

async function topUnit(ctx: Ctx) {
  const [path] = scopePaths(ctx.actor, 'registry.read');
  if (!path) return undefined;
  const [u] = await ctx.db.select().from(orgUnits).where(eq(orgUnits.path, path)).limit(1);
  return u;
}
