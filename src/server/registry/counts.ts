import { and, eq, isNull, like, or, type SQL, sql } from 'drizzle-orm';
import type { RegistryCounts, RegistryCountsQuery } from '../../common/registry/schemas.ts';
import type { Executor } from '../../db/client.ts';
import { orgUnits } from '../../db/schema/index.ts';
import { escapeLike } from '../../domain/text.ts';
import type { Ctx } from '../context.ts';
import { invalid, notFound } from '../errors.ts';
import { activeChildren, getUnit, unitRefsByIds } from '../features/org-unit/queries.ts';
import { authorize, scopePaths } from '../policy.ts';
import { childKey } from '../subtree.ts';
import type { AnyRegistry } from './define.ts';
import { periodWhere, todayOf } from './read.ts';

type Line = { total: number; open: number; by: Record<string, number>; sums: Record<string, number> };
const zero = (): Line => ({ total: 0, open: 0, by: {}, sums: {} });

/**
 * Counts of a registry for a unit's subtree and each child unit, for a
 * period: records dated in it, those still open at its end, the count per
 * breakdown value and the registry's sums. Grouped in SQL over the subtree's
 * path range, whatever its size; statistics and reports read the same figures.
 */
export async function registryCounts(ctx: Ctx, reg: AnyRegistry, q: RegistryCountsQuery): Promise<RegistryCounts> {
  const unit = await countsUnit(ctx, reg, q.unitId);
  authorize(ctx.actor, reg.perms.read, unit);
  if (q.from && q.to && q.from > q.to) {
    throw invalid('registry.periodOrder', {}, [{ path: 'querystring.from', message: 'msg:registry.periodOrder' }]);
  }
  const lines = await countLines(ctx.db, reg, unit.path, { from: q.from, to: q.to, at: q.to ?? todayOf(ctx) });
  const children = await activeChildren(ctx.db, unit.id);
  const known = new Set(children.map((c) => String(c.id)));
  // children closed since (merged, split) still carry their records
  const extra = [...lines.keys()].filter((k) => k !== '' && !known.has(k)).map(Number);
  const refs = await unitRefsByIds(ctx.db, [unit.id, ...children.map((c) => c.id), ...extra]);
  const total = zero();
  for (const l of lines.values()) addInto(total, l);
  const rows = [...children.map((c) => c.id), ...extra]
    .map((id) => refs.get(id))
    .filter((u) => u !== undefined)
    .map((u) => ({ unit: u, ...(lines.get(String(u.id)) ?? zero()) }))
    .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'));
  return { unit: refs.get(unit.id)!, ...total, children: rows };
}

function addInto(total: Line, l: Line) {
  total.total += l.total;
  total.open += l.open;
  for (const [k, v] of Object.entries(l.by)) total.by[k] = (total.by[k] ?? 0) + v;
  for (const [k, v] of Object.entries(l.sums)) total.sums[k] = (total.sums[k] ?? 0) + v;
}

/**
 * One grouped query: (child, breakdown value) → count, open count and sums.
 * `at` is the day the figures hold at (the period's last day, or today):
 * a record closed after it still counts as open.
 */
export async function countLines(
  db: Executor,
  reg: AnyRegistry,
  path: string,
  period: { from?: string; to?: string; at: string },
) {
  const { from, to, at } = period;
  const t = reg.table;
  const key = childKey(path);
  const by = reg.breakdown ? sql<string>`${reg.breakdown}::text` : sql<string>`''`;
  const openAtEnd = or(isNull(t.closedOn), sql`${t.closedOn} > ${at}`) as SQL;
  const sums = Object.entries((typeof reg.sums === 'function' ? reg.sums(at) : reg.sums) ?? {}).map(
    ([k, c]) => [k, sql<number>`coalesce(sum(${c}), 0)::float8`] as const,
  );
  const rows = (await db
    .select({
      key,
      by,
      n: sql<number>`count(*)::int`,
      open: sql<number>`(count(*) filter (where ${openAtEnd}))::int`,
      ...Object.fromEntries(sums),
    })
    .from(t)
    .innerJoin(orgUnits, eq(orgUnits.id, t.unitId))
    .where(and(like(orgUnits.path, `${escapeLike(path)}%`), ...periodWhere(reg, from, to)))
    // a constant is no GROUP BY term (PostgreSQL refuses it): without a breakdown, group by the child only
    .groupBy(...(reg.breakdown ? [key, by] : [key]))) as Record<string, unknown>[];
  const out = new Map<string, Line>();
  for (const r of rows) {
    const k = String(r.key ?? '');
    const line = out.get(k) ?? zero();
    out.set(k, line);
    line.total += Number(r.n);
    line.open += Number(r.open);
    if (reg.breakdown) line.by[String(r.by ?? '')] = (line.by[String(r.by ?? '')] ?? 0) + Number(r.n);
    for (const [name] of sums) line.sums[name] = (line.sums[name] ?? 0) + Number(r[name] ?? 0);
  }
  return out;
}

async function countsUnit(ctx: Ctx, reg: AnyRegistry, unitId: number | undefined) {
  if (unitId) {
    const u = await getUnit(ctx.db, unitId);
    if (!u) throw notFound();
    return u;
  }
  const [path] = scopePaths(ctx.actor, reg.perms.read);
  const [u] = path ? await ctx.db.select().from(orgUnits).where(eq(orgUnits.path, path)).limit(1) : [];
  if (!u) throw notFound();
  return u;
}
