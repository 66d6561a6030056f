import { and, eq, gte, isNull, like, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Figures, MediationStats, StatsQuery } from '../../../common/mediation/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { mediationCases, mediationTeams, mediators, orgUnits } from '../../../db/schema/index.ts';
import { vietnamToday } from '../../../domain/calendar.ts';
import { successRate } from '../../../domain/mediation/rules.ts';
import { escapeLike } from '../../../domain/text.ts';
import type { Ctx } from '../../context.ts';
import { invalid, notFound } from '../../errors.ts';
import { authorize, scopePaths } from '../../policy.ts';
import { childKey } from '../../subtree.ts';
import { activeChildren, getUnit, unitRefsByIds } from '../org-unit/queries.ts';

type Counts = Omit<Figures, 'successRate'>;
const zero = (): Counts => ({
  teams: 0,
  mediators: 0,
  women: 0,
  received: 0,
  succeeded: 0,
  failed: 0,
  withdrawn: 0,
  open: 0,
});

/**
 * Figures of a unit's subtree for a period, and of each child unit: teams and
 * mediators in being at the period's end, cases received and closed in it.
 * The success rate is succeeded / (succeeded + failed): withdrawn cases (the
 * parties stopped) decided nothing, so they are reported beside the rate.
 */
export async function mediationStats(ctx: Ctx, q: StatsQuery): Promise<MediationStats> {
  const unit = await statsUnit(ctx, q.unitId);
  authorize(ctx.actor, 'mediation.read', unit);
  const today = vietnamToday(ctx.clock.now());
  const to = q.to ?? today;
  const from = q.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to)
    throw invalid('mediation.periodOrder', {}, [{ path: 'querystring.from', message: 'msg:mediation.periodOrder' }]);
  const byChild = await countByChild(ctx.db, unit.path, from, to);
  const children = await activeChildren(ctx.db, unit.id);
  const refs = await unitRefsByIds(ctx.db, [unit.id, ...children.map((c) => c.id)]);
  const total = zero();
  for (const counts of byChild.values()) for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += counts[k];
  const known = new Set(children.map((c) => String(c.id)));
  // children closed since, whose history still counts, are listed too
  const extra = [...byChild.keys()].filter((k) => k !== '' && !known.has(k)).map(Number);
  const extraRefs = await unitRefsByIds(ctx.db, extra);
  const rows = [...children.map((c) => refs.get(c.id)!), ...extraRefs.values()]
    .filter(Boolean)
    .map((u) => ({ unit: u, ...withRate(byChild.get(String(u.id)) ?? zero()) }))
    .sort(
      (a, b) => (a.unit.code ?? '').localeCompare(b.unit.code ?? '') || a.unit.name.localeCompare(b.unit.name, 'vi'),
    );
  return {
    unit: refs.get(unit.id)!,
    from,
    to,
    rateBasis: 'succeeded / (succeeded + failed)',
    total: withRate(total),
    children: rows,
  };
}

const withRate = (c: Counts): Figures => ({ ...c, successRate: successRate(c) });

async function statsUnit(ctx: Ctx, unitId: number | undefined) {
  if (unitId) {
    const u = await getUnit(ctx.db, unitId);
    if (!u) throw notFound();
    return u;
  }
  const [path] = scopePaths(ctx.actor, 'mediation.read');
  const [u] = path ? await ctx.db.select().from(orgUnits).where(eq(orgUnits.path, path)).limit(1) : [];
  if (!u) throw notFound();
  return u;
}

/** Three grouped queries over the subtree (index range on the path prefix), whatever its size. */
async function countByChild(db: Executor, parentPath: string, from: string, to: string) {
  const key = childKey(parentPath);
  const inTree = like(orgUnits.path, `${escapeLike(parentPath)}%`);
  const teamAlive = and(
    or(isNull(mediationTeams.establishedOn), lte(mediationTeams.establishedOn, to)),
    or(isNull(mediationTeams.dissolvedOn), sql`${mediationTeams.dissolvedOn} > ${to}`),
  ) as SQL;
  const mediatorAlive = and(
    or(isNull(mediators.joinedOn), lte(mediators.joinedOn, to)),
    or(isNull(mediators.leftOn), sql`${mediators.leftOn} > ${to}`),
  );
  const int = (s: SQL) => sql<number>`(${s})::int`;
  const [teams, people, cases] = await Promise.all([
    db
      .select({ key, teams: int(sql`count(*)`) })
      .from(mediationTeams)
      .innerJoin(orgUnits, eq(orgUnits.id, mediationTeams.unitId))
      .where(and(inTree, teamAlive))
      .groupBy(key),
    db
      .select({
        key,
        mediators: int(sql`count(*)`),
        women: int(sql`count(*) filter (where ${mediators.gender} = 'female')`),
      })
      .from(mediators)
      .innerJoin(mediationTeams, eq(mediationTeams.id, mediators.teamId))
      .innerJoin(orgUnits, eq(orgUnits.id, mediationTeams.unitId))
      .where(and(inTree, teamAlive, mediatorAlive))
      .groupBy(key),
    db
      .select({
        key,
        received: int(sql`count(*) filter (where ${mediationCases.receivedOn} >= ${from})`),
        open: int(
          sql`count(*) filter (where ${mediationCases.receivedOn} >= ${from} and (${mediationCases.closedOn} is null or ${mediationCases.closedOn} > ${to}))`,
        ),
        ...Object.fromEntries(
          (['succeeded', 'failed', 'withdrawn'] as const).map((o) => [
            o,
            int(
              sql`count(*) filter (where ${mediationCases.outcome} = ${o} and ${mediationCases.closedOn} between ${from} and ${to})`,
            ),
          ]),
        ),
      } as Record<string, SQL>)
      .from(mediationCases)
      .innerJoin(orgUnits, eq(orgUnits.id, mediationCases.unitId))
      .where(
        and(
          inTree,
          lte(mediationCases.receivedOn, to),
          or(isNull(mediationCases.closedOn), gte(mediationCases.closedOn, from)),
        ),
      )
      .groupBy(key),
  ]);
  const out = new Map<string, Counts>();
  const at = (k: unknown) => {
    const id = String(k ?? '');
    if (!out.has(id)) out.set(id, zero());
    return out.get(id)!;
  };
  for (const r of teams) at(r.key).teams += Number(r.teams);
  for (const r of people) Object.assign(at(r.key), { mediators: Number(r.mediators), women: Number(r.women) });
  for (const r of cases as unknown as Record<string, unknown>[]) {
    const c = at(r.key);
    for (const f of ['received', 'open', 'succeeded', 'failed', 'withdrawn'] as const) c[f] += Number(r[f] ?? 0);
  }
  return out;
}
