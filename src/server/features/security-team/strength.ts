import { and, eq, isNull, like, lte, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { StrengthQuery, StrengthView } from '../../../common/security-team/schemas.ts';
import { orgUnits, securityTeamEvaluations, securityTeamMembers, securityTeams } from '../../../db/schema/index.ts';
import { escapeLike } from '../../../domain/text.ts';
import type { Ctx } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { authorize, scopePaths } from '../../policy.ts';
import { childKey } from '../../subtree.ts';
import { activeChildren, getUnit, unitRefsByIds } from '../org-unit/queries.ts';

type Line = Omit<StrengthView['children'][number], 'unit'>;
const zero = (): Line => ({ teams: 0, members: 0, byRole: {}, teamLevels: {}, memberLevels: {} });

/**
 * Teams and members on 31/12 of a year, and the year's evaluation levels, for
 * a unit's subtree and each child unit: three grouped queries, whatever the size.
 */
export async function teamStrength(ctx: Ctx, q: z.infer<typeof StrengthQuery>): Promise<StrengthView> {
  const unit = q.unitId
    ? await getUnit(ctx.db, q.unitId)
    : (
        await ctx.db
          .select()
          .from(orgUnits)
          .where(eq(orgUnits.path, scopePaths(ctx.actor, 'registry.read')[0] ?? '-'))
      )[0];
  if (!unit) throw notFound();
  authorize(ctx.actor, 'registry.read', unit);
  const end = `${q.year}-12-31`;
  const key = childKey(unit.path, securityTeams.unitPath);
  const inTree = like(securityTeams.unitPath, `${escapeLike(unit.path)}%`);
  const teamOpen = and(
    inTree,
    lte(securityTeams.establishedOn, end),
    or(isNull(securityTeams.closedOn), sql`${securityTeams.closedOn} > ${end}`),
  ) as SQL;
  const [teams, members, levels] = await Promise.all([
    ctx.db.select({ key, n: sql<number>`count(*)::int` }).from(securityTeams).where(teamOpen).groupBy(key),
    ctx.db
      .select({ key, role: securityTeamMembers.role, n: sql<number>`count(*)::int` })
      .from(securityTeamMembers)
      .innerJoin(securityTeams, eq(securityTeams.id, securityTeamMembers.teamId))
      .where(
        and(
          teamOpen,
          lte(securityTeamMembers.joinedOn, end),
          or(isNull(securityTeamMembers.leftOn), sql`${securityTeamMembers.leftOn} > ${end}`),
        ),
      )
      .groupBy(key, securityTeamMembers.role),
    ctx.db
      .select({
        key,
        team: sql<boolean>`${securityTeamEvaluations.memberId} is null`,
        level: securityTeamEvaluations.level,
        n: sql<number>`count(*)::int`,
      })
      .from(securityTeamEvaluations)
      .innerJoin(securityTeams, eq(securityTeams.id, securityTeamEvaluations.teamId))
      .where(and(inTree, eq(securityTeamEvaluations.year, q.year)))
      .groupBy(key, sql`${securityTeamEvaluations.memberId} is null`, securityTeamEvaluations.level),
  ]);
  const lines = new Map<string, Line>();
  const at = (k: unknown) => {
    const line = lines.get(String(k ?? '')) ?? zero();
    lines.set(String(k ?? ''), line);
    return line;
  };
  for (const r of teams) at(r.key).teams += Number(r.n);
  for (const r of members) {
    const l = at(r.key);
    l.members += Number(r.n);
    l.byRole[r.role] = (l.byRole[r.role] ?? 0) + Number(r.n);
  }
  for (const r of levels) {
    const into = r.team ? at(r.key).teamLevels : at(r.key).memberLevels;
    into[r.level] = (into[r.level] ?? 0) + Number(r.n);
  }
  const children = await activeChildren(ctx.db, unit.id);
  const ids = [...new Set([...children.map((c) => c.id), ...[...lines.keys()].filter((k) => k !== '').map(Number)])];
  const refs = await unitRefsByIds(ctx.db, [unit.id, ...ids]);
  const total = zero();
  for (const l of lines.values()) {
    total.teams += l.teams;
    total.members += l.members;
    for (const f of ['byRole', 'teamLevels', 'memberLevels'] as const) {
      for (const [k, v] of Object.entries(l[f])) total[f][k] = (total[f][k] ?? 0) + v;
    }
  }
  return {
    unit: refs.get(unit.id)!,
    year: q.year,
    ...total,
    children: ids
      .map((id) => refs.get(id))
      .filter((u) => u !== undefined)
      .map((u) => ({ unit: u, ...(lines.get(String(u.id)) ?? zero()) }))
      .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi')),
  };
}
