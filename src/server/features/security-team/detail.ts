import { asc, eq, sql } from 'drizzle-orm';
import type { EvaluationView, MemberView } from '../../../common/security-team/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { securityTeamEvaluations, securityTeamMembers } from '../../../db/schema/index.ts';

/** A team's members (those who left too, last) and every evaluation of it and them. */
export async function teamDetail(db: Executor, teamId: number) {
  // one after another: inside a write's transaction the queries share one connection
  const members = await db
    .select()
    .from(securityTeamMembers)
    .where(eq(securityTeamMembers.teamId, teamId))
    .orderBy(
      sql`${securityTeamMembers.leftOn} is not null`,
      sql`case ${securityTeamMembers.role} when 'leader' then 0 when 'deputy' then 1 else 2 end`,
      asc(securityTeamMembers.id),
    );
  const evaluations = await db
    .select()
    .from(securityTeamEvaluations)
    .where(eq(securityTeamEvaluations.teamId, teamId))
    .orderBy(asc(securityTeamEvaluations.year), asc(securityTeamEvaluations.id));
  return {
    members: members.map(
      (m): MemberView => ({
        id: m.id,
        fullName: m.fullName,
        gender: m.gender as MemberView['gender'],
        birthYear: m.birthYear,
        role: m.role as MemberView['role'],
        joinedOn: m.joinedOn,
        leftOn: m.leftOn,
        leftReason: m.leftReason,
        training: m.training,
        note: m.note,
      }),
    ),
    evaluations: evaluations.map(
      (e): EvaluationView => ({
        id: e.id,
        memberId: e.memberId,
        year: e.year,
        level: e.level as EvaluationView['level'],
        note: e.note,
      }),
    ),
  };
}
