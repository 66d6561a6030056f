import { and, eq, isNull, like } from 'drizzle-orm';
import type { z } from 'zod';
import type { EvaluationBody, QuotaView } from '../../../common/security-team/schemas.ts';
import type { Tx } from '../../../db/client.ts';
import { securityTeamEvaluations, securityTeamMembers, securityTeams } from '../../../db/schema/index.ts';
import {
  checkExcellentQuota,
  type EvaluationLevel,
  evaluable,
  excellentQuota,
  latestStartFor,
  leaderWithinTeam,
} from '../../../domain/security-team/evaluation.ts';
import { displayDate, escapeLike } from '../../../domain/text.ts';
import type { Ctx } from '../../context.ts';
import { invalid } from '../../errors.ts';
import { getRecord, todayOf } from '../../registry/read.ts';
import { bump } from '../../registry/write.ts';
import { getUnit } from '../org-unit/queries.ts';
import { teamCommune } from './coverage.ts';
import { audit, lockTeam, memberOf } from './members.ts';
import { securityTeamRegistry as reg } from './registry.ts';

type Body = z.infer<typeof EvaluationBody>;
const field = (name: string, key: string) => [{ path: `body.${name}`, message: `msg:${key}` }];

/**
 * Records the year's level of a team or of one of its members (Guidance 01):
 * not before the year, only for those who worked 9 months before 14/11, and
 * a leader never above the team. The quota is only reported (see `quotaOf`).
 */
export async function evaluate(ctx: Ctx, teamId: number, body: Body) {
  return ctx.db.transaction(async (tx) => {
    const { team, unit } = await lockTeam(tx, ctx, teamId, body.version);
    if (body.year > Number(todayOf(ctx).slice(0, 4))) {
      throw invalid('securityTeam.yearInFuture', { year: body.year }, field('year', 'securityTeam.yearInFuture'));
    }
    const levels = await levelsOf(tx, teamId, body.year);
    const params = { year: body.year, date: displayDate(latestStartFor(body.year)) };
    if (body.memberId === null) {
      if (!evaluable(team.establishedOn, body.year))
        throw invalid('securityTeam.teamTooNew', params, field('year', 'securityTeam.teamTooNew'));
      const leader = await leaderOf(tx, teamId);
      const leaderLevel = leader && levels.get(leader.id);
      if (leaderLevel && !leaderWithinTeam(leaderLevel, body.level)) {
        throw invalid(
          'securityTeam.leaderAboveTeam',
          { name: leader.fullName },
          field('level', 'securityTeam.leaderAboveTeam'),
        );
      }
    } else {
      const member = await memberOf(tx, teamId, body.memberId);
      if (!evaluable(member.joinedOn, body.year)) {
        throw invalid(
          'securityTeam.memberTooNew',
          { ...params, name: member.fullName },
          field('memberId', 'securityTeam.memberTooNew'),
        );
      }
      const teamLevel = levels.get(null);
      if (member.role === 'leader' && member.leftOn === null) {
        if (!teamLevel) throw invalid('securityTeam.teamFirst', {}, field('level', 'securityTeam.teamFirst'));
        if (!leaderWithinTeam(body.level, teamLevel)) {
          throw invalid(
            'securityTeam.leaderAboveTeam',
            { name: member.fullName },
            field('level', 'securityTeam.leaderAboveTeam'),
          );
        }
      }
    }
    const [before] = await tx
      .select()
      .from(securityTeamEvaluations)
      .where(
        and(
          eq(securityTeamEvaluations.teamId, teamId),
          memberIs(body.memberId),
          eq(securityTeamEvaluations.year, body.year),
        ),
      );
    const values = { level: body.level, note: body.note, updatedAt: new Date() };
    const [after] = before
      ? await tx
          .update(securityTeamEvaluations)
          .set(values)
          .where(eq(securityTeamEvaluations.id, before.id))
          .returning()
      : await tx
          .insert(securityTeamEvaluations)
          .values({ ...values, teamId, memberId: body.memberId, year: body.year })
          .returning();
    await bump(tx, reg, teamId, {});
    await audit(tx, ctx, unit, 'securityTeam.evaluated', teamId, before ?? null, after);
    return getRecord(ctx, reg, teamId, tx);
  });
}

const memberIs = (id: number | null) =>
  id === null ? isNull(securityTeamEvaluations.memberId) : eq(securityTeamEvaluations.memberId, id);

/** The year's levels of a team and its members, keyed by member id (null = the team). */
async function levelsOf(tx: Tx, teamId: number, year: number) {
  const rows = await tx
    .select()
    .from(securityTeamEvaluations)
    .where(and(eq(securityTeamEvaluations.teamId, teamId), eq(securityTeamEvaluations.year, year)));
  return new Map(rows.map((r) => [r.memberId, r.level as EvaluationLevel]));
}

async function leaderOf(tx: Tx, teamId: number) {
  const [m] = await tx
    .select()
    .from(securityTeamMembers)
    .where(
      and(
        eq(securityTeamMembers.teamId, teamId),
        eq(securityTeamMembers.role, 'leader'),
        isNull(securityTeamMembers.leftOn),
      ),
    );
  return m;
}

/**
 * The "excellent" quota of the team's commune for a year, for teams and for
 * members apart: a warning to show, never a refusal (the source is ambiguous).
 */
export async function quotaOf(ctx: Ctx, teamId: number, year: number): Promise<QuotaView> {
  await getRecord(ctx, reg, teamId);
  const [team] = await ctx.db.select().from(securityTeams).where(eq(securityTeams.id, teamId));
  const commune = await teamCommune(ctx.db, (await getUnit(ctx.db, team!.unitId))!);
  const rows = await ctx.db
    .select({ memberId: securityTeamEvaluations.memberId, level: securityTeamEvaluations.level })
    .from(securityTeamEvaluations)
    .innerJoin(securityTeams, eq(securityTeams.id, securityTeamEvaluations.teamId))
    .where(and(like(securityTeams.unitPath, `${escapeLike(commune.path)}%`), eq(securityTeamEvaluations.year, year)));
  const of = (team: boolean) =>
    rows.filter((r) => (r.memberId === null) === team).map((r) => r.level as EvaluationLevel);
  return {
    year,
    commune: { id: commune.id, code: commune.code, name: commune.name, level: commune.level, kind: commune.kind },
    teams: checkExcellentQuota(of(true)),
    members: checkExcellentQuota(of(false)),
    share: excellentQuota.share,
    base: excellentQuota.base,
  };
}
