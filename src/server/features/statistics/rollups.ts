import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../../db/client.ts';
import type { MonthSums } from '../../../domain/statistics/figures.ts';

/**
 * The units whose rollups make up each target's figures: the target itself
 * (its rollup already holds its whole current subtree) and, following the
 * reform lineage backwards, its predecessors (merged: share 1; split: the
 * part's share), except predecessors still inside the target's subtree,
 * which its rollup already counts. Ten steps at most (a reform chain is short).
 */
const contributors = (ids: number[]) => sql`
  with recursive contrib(target, unit_id, weight, hops) as (
    select t.id, t.id, 1.0::numeric, 0 from org_units t where t.id = any(${`{${ids.join(',')}}`}::int[])
    union all
    select c.target, l.predecessor_id, c.weight * coalesce(l.share, 1), c.hops + 1
      from contrib c join unit_lineage l on l.successor_id = c.unit_id and l.predecessor_id <> l.successor_id
     where c.hops < 10
  )
  select c.target, c.unit_id, c.weight, c.hops
    from contrib c join org_units t on t.id = c.target join org_units p on p.id = c.unit_id
   where c.hops = 0 or p.path not like t.path || '%'`;

/** Per target and indicator: the weighted sum of the months inside the range and of all months up to its end. */
export async function rollupSums(
  db: Executor,
  ids: number[],
  startMonth: number,
  endMonth: number,
): Promise<Map<number, MonthSums>> {
  const out = new Map<number, MonthSums>(ids.map((id) => [id, new Map()]));
  if (ids.length === 0) return out;
  const rows = await queryRows<{ target: number; indicator: string; in_range: string | null; to_end: string }>(
    db,
    sql`with o as (${contributors(ids)})
      select o.target, r.indicator,
             sum(r.value * o.weight) filter (where r.month >= ${startMonth}) as in_range,
             sum(r.value * o.weight) as to_end
        from o join stat_rollups r on r.unit_id = o.unit_id and r.month <= ${endMonth}
       group by 1, 2`,
  );
  for (const r of rows)
    out.get(Number(r.target))!.set(r.indicator, { inRange: Number(r.in_range ?? 0), toEnd: Number(r.to_end) });
  return out;
}

/** One target's weighted rollups month by month up to `endMonth` (trends: a few thousand rows at most). */
export async function monthlyRows(db: Executor, id: number, endMonth: number) {
  const rows = await queryRows<{ indicator: string; month: number; value: string }>(
    db,
    sql`with o as (${contributors([id])})
      select r.indicator, r.month, sum(r.value * o.weight) as value
        from o join stat_rollups r on r.unit_id = o.unit_id and r.month <= ${endMonth}
       group by 1, 2 order by 2`,
  );
  return rows.map((r) => ({ indicator: r.indicator, month: Number(r.month), value: Number(r.value) }));
}

/** The predecessors counted in a unit's figures, with their weight. */
export async function predecessorsOf(db: Executor, id: number) {
  const rows = await queryRows<{ unit_id: number; weight: string; hops: number }>(db, contributors([id]));
  return rows.filter((r) => Number(r.hops) > 0).map((r) => ({ id: Number(r.unit_id), share: Number(r.weight) }));
}
