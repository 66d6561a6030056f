import { and, asc, desc, eq, gte, isNull, like, lte, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PointListQuery, PointView } from '../../../common/initiative/schemas.ts';
import type { RegistryCounts, RegistryCountsQuery } from '../../../common/registry/schemas.ts';
import { initiatives, initiativeTypes, orgUnits, initiativeReplications as points } from '../../../db/schema/index.ts';
import { escapeLike } from '../../../domain/text.ts';
import type { Ctx } from '../../context.ts';
import { invalid, notFound } from '../../errors.ts';
import { authorize, scopePaths, scopeWhere } from '../../policy.ts';
import { foldedContains } from '../../search.ts';
import { childKey } from '../../subtree.ts';
import { withPathNames } from '../org-unit/present.ts';
import { activeChildren, getUnit, unitRefsByIds } from '../org-unit/queries.ts';

const originalUnit = alias(orgUnits, 'original_unit');
const cols = (u: typeof orgUnits | typeof originalUnit) => ({
  id: u.id,
  code: u.code,
  name: u.name,
  level: u.level,
  kind: u.kind,
  path: u.path,
});

/** The unit asked for (in the actor's units), or the actor's first unit. */
async function baseUnit(ctx: Ctx, unitId?: number) {
  const u = unitId
    ? await getUnit(ctx.db, unitId)
    : (
        await ctx.db
          .select()
          .from(orgUnits)
          .where(eq(orgUnits.path, scopePaths(ctx.actor, 'registry.read')[0] ?? ''))
      )[0];
  if (!u) throw notFound();
  authorize(ctx.actor, 'registry.read', u);
  return u;
}

function periodOrder(from?: string, to?: string) {
  if (from && to && from > to) {
    throw invalid('registry.periodOrder', {}, [{ path: 'querystring.from', message: 'msg:registry.periodOrder' }]);
  }
}

/**
 * Replication points under a unit, wherever their initiative was built: a
 * point is listed (and counted) in the territory where it is (Guidance 22's
 * counting rule), so a ward sees the initiatives replicated into it.
 */
export async function listPoints(ctx: Ctx, q: PointListQuery) {
  periodOrder(q.from, q.to);
  const where: (SQL | undefined)[] = [scopeWhere(orgUnits.path, ctx.actor, 'registry.read')];
  if (q.unitId) where.push(like(orgUnits.path, `${escapeLike((await baseUnit(ctx, q.unitId)).path)}%`));
  if (q.q) where.push(or(foldedContains(initiatives.name, q.q), foldedContains(orgUnits.name, q.q)));
  if (q.typeCode) where.push(eq(initiatives.typeCode, q.typeCode));
  if (q.from) where.push(gte(points.replicatedOn, q.from));
  if (q.to) where.push(lte(points.replicatedOn, q.to));
  const filter = and(...where.filter((w) => w !== undefined));
  const from = () =>
    ctx.db
      .select({
        p: points,
        unit: cols(orgUnits),
        initiative: { id: initiatives.id, name: initiatives.name, closedOn: initiatives.closedOn },
        typeName: initiativeTypes.nameVi,
        original: cols(originalUnit),
      })
      .from(points)
      .innerJoin(orgUnits, eq(orgUnits.id, points.unitId))
      .innerJoin(initiatives, eq(initiatives.id, points.initiativeId))
      .innerJoin(originalUnit, eq(originalUnit.id, initiatives.unitId))
      .innerJoin(initiativeTypes, eq(initiativeTypes.code, initiatives.typeCode));
  const [rows, [n]] = await Promise.all([
    from()
      .where(filter)
      .orderBy(desc(points.replicatedOn), asc(points.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(points)
      .innerJoin(orgUnits, eq(orgUnits.id, points.unitId))
      .innerJoin(initiatives, eq(initiatives.id, points.initiativeId))
      .where(filter),
  ]);
  const withPath = await withPathNames(ctx.db, [...rows.map((r) => r.unit), ...rows.map((r) => r.original)]);
  const items: PointView[] = rows.map((r) => ({
    id: r.p.id,
    unit: withPath(r.unit),
    fromReplicationId: r.p.fromReplicationId,
    replicatedOn: r.p.replicatedOn,
    teams: r.p.teams,
    note: r.p.note,
    initiative: { ...r.initiative, typeName: r.typeName, unit: withPath(r.original) },
  }));
  return { items, total: Number(n?.n ?? 0), page: q.page, pageSize: q.pageSize };
}

type Line = RegistryCounts['children'][number];

/**
 * Points per child unit for a period (by the date of replication): total
 * points, those whose initiative is still running at the period's end, the
 * count per initiative type and the teams. One grouped query over the
 * subtree's path range, as the registry counts are.
 */
export async function pointCounts(ctx: Ctx, q: RegistryCountsQuery): Promise<RegistryCounts> {
  periodOrder(q.from, q.to);
  const unit = await baseUnit(ctx, q.unitId);
  const key = childKey(unit.path);
  const running = q.to
    ? or(isNull(initiatives.closedOn), sql`${initiatives.closedOn} > ${q.to}`)
    : isNull(initiatives.closedOn);
  const rows = await ctx.db
    .select({
      key,
      type: initiatives.typeCode,
      n: sql<number>`count(*)::int`,
      open: sql<number>`(count(*) filter (where ${running}))::int`,
      teams: sql<number>`coalesce(sum(${points.teams}), 0)::int`,
    })
    .from(points)
    .innerJoin(orgUnits, eq(orgUnits.id, points.unitId))
    .innerJoin(initiatives, eq(initiatives.id, points.initiativeId))
    .where(
      and(
        like(orgUnits.path, `${escapeLike(unit.path)}%`),
        q.from ? gte(points.replicatedOn, q.from) : undefined,
        q.to ? lte(points.replicatedOn, q.to) : undefined,
      ),
    )
    .groupBy(key, initiatives.typeCode);
  const lines = new Map<string, Omit<Line, 'unit'>>();
  const total = { total: 0, open: 0, by: {} as Record<string, number>, sums: { teams: 0 } };
  for (const r of rows) {
    const line = lines.get(r.key) ?? { total: 0, open: 0, by: {}, sums: { teams: 0 } };
    lines.set(r.key, line);
    for (const l of [line, total]) {
      l.total += Number(r.n);
      l.open += Number(r.open);
      l.by[r.type] = (l.by[r.type] ?? 0) + Number(r.n);
      l.sums.teams = (l.sums.teams ?? 0) + Number(r.teams);
    }
  }
  const children = (await activeChildren(ctx.db, unit.id)).map((c) => c.id);
  const extra = [...lines.keys()].filter((k) => k !== '' && !children.includes(Number(k))).map(Number);
  const refs = await unitRefsByIds(ctx.db, [unit.id, ...children, ...extra]);
  const zero = () => ({ total: 0, open: 0, by: {}, sums: { teams: 0 } });
  const childLines = [...children, ...extra]
    .map((id) => refs.get(id))
    .filter((u) => u !== undefined)
    .map((u) => ({ unit: u, ...(lines.get(String(u.id)) ?? zero()) }))
    .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'));
  return { unit: refs.get(unit.id)!, ...total, children: childLines };
}
