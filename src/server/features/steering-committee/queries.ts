import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type {
  CommitteeAssignmentView,
  CommitteeMemberView,
  MemberPosition,
  ResponsibleCandidate,
} from '../../../common/steering-committee/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { committeeAssignments, committeeMembers, orgUnits, steeringCommittees } from '../../../db/schema/index.ts';
import { memberOrder, nearestAssignment } from '../../../domain/steering-committee/rules.ts';
import { withPathNames } from '../org-unit/present.ts';

export type CommitteeRow = typeof steeringCommittees.$inferSelect;
export type MemberRow = typeof committeeMembers.$inferSelect;
export type AssignmentRow = typeof committeeAssignments.$inferSelect;

/** Active members and the active head's name of many committees, in one query. */
export async function memberSummaries(db: Executor, committeeIds: number[]) {
  const out = new Map<number, { activeMembers: number; head: string | null }>();
  if (committeeIds.length === 0) return out;
  const rows = await db
    .select({
      committeeId: committeeMembers.committeeId,
      n: sql<number>`count(*)::int`,
      head: sql<string | null>`max(${committeeMembers.fullName}) filter (where ${committeeMembers.position} = 'head')`,
    })
    .from(committeeMembers)
    .where(and(inArray(committeeMembers.committeeId, committeeIds), isNull(committeeMembers.leftOn)))
    .groupBy(committeeMembers.committeeId);
  for (const r of rows) out.set(r.committeeId, { activeMembers: Number(r.n), head: r.head ?? null });
  return out;
}

export async function membersOf(db: Executor, committeeId: number): Promise<MemberRow[]> {
  const rows = await db.select().from(committeeMembers).where(eq(committeeMembers.committeeId, committeeId));
  // active members first, each group head first then by position and name
  return rows.sort((a, b) => Number(a.leftOn !== null) - Number(b.leftOn !== null) || memberOrder(a, b));
}

export const memberView = (m: MemberRow): CommitteeMemberView => ({
  id: m.id,
  committeeId: m.committeeId,
  fullName: m.fullName,
  position: m.position as MemberPosition,
  title: m.title,
  organization: m.organization,
  phone: m.phone,
  joinedOn: m.joinedOn,
  leftOn: m.leftOn,
  leftReason: m.leftReason,
});

/** The committee's assignments (active first) with their units' ancestor names. */
export async function assignmentsOf(db: Executor, committeeId: number): Promise<CommitteeAssignmentView[]> {
  const rows = await db
    .select({
      a: committeeAssignments,
      unit: {
        id: orgUnits.id,
        code: orgUnits.code,
        name: orgUnits.name,
        level: orgUnits.level,
        kind: orgUnits.kind,
        path: orgUnits.path,
      },
    })
    .from(committeeAssignments)
    .innerJoin(orgUnits, eq(orgUnits.id, committeeAssignments.unitId))
    .where(eq(committeeAssignments.committeeId, committeeId))
    .orderBy(sql`${committeeAssignments.endedOn} is not null`, asc(orgUnits.path), asc(committeeAssignments.id));
  const withPath = await withPathNames(
    db,
    rows.map((r) => r.unit),
  );
  return rows.map((r) => ({
    id: r.a.id,
    memberId: r.a.memberId,
    unit: withPath(r.unit),
    assignedOn: r.a.assignedOn,
    endedOn: r.a.endedOn,
  }));
}

/** The open committee of a unit, if any (other than `exceptId`). */
export async function openCommitteeOf(db: Executor, unitId: number, exceptId?: number) {
  const rows = await db
    .select({ id: steeringCommittees.id, name: steeringCommittees.name })
    .from(steeringCommittees)
    .where(and(eq(steeringCommittees.unitId, unitId), isNull(steeringCommittees.closedOn)));
  return rows.find((r) => r.id !== exceptId);
}

/**
 * Active members of the open committees at or above a unit (by the units'
 * current paths), each marked when actively assigned to that very unit; and
 * the responsible one: the assigned member of the nearest committee above.
 */
export async function candidatesFor(db: Executor, unit: { id: number; path: string }) {
  const rows = await db
    .select({
      memberId: committeeMembers.id,
      fullName: committeeMembers.fullName,
      position: committeeMembers.position,
      title: committeeMembers.title,
      organization: committeeMembers.organization,
      committeeId: steeringCommittees.id,
      committeeName: steeringCommittees.name,
      unit: { id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, level: orgUnits.level, kind: orgUnits.kind },
      committeeUnitPath: orgUnits.path,
      assignmentId: sql<number | null>`(select min(ca.id) from ${committeeAssignments} ca
        where ca.member_id = ${committeeMembers.id} and ca.unit_id = ${unit.id} and ca.ended_on is null)`,
    })
    .from(committeeMembers)
    .innerJoin(steeringCommittees, eq(steeringCommittees.id, committeeMembers.committeeId))
    .innerJoin(orgUnits, eq(orgUnits.id, steeringCommittees.unitId))
    .where(
      and(
        isNull(committeeMembers.leftOn),
        isNull(steeringCommittees.closedOn),
        sql`${unit.path} like ${orgUnits.path} || '%'`,
      ),
    );
  const candidates: (ResponsibleCandidate & { committeeUnitPath: string; assignmentId: number })[] = rows
    .map((r) => ({
      memberId: r.memberId,
      fullName: r.fullName,
      position: r.position as MemberPosition,
      title: r.title,
      organization: r.organization,
      committee: { id: r.committeeId, name: r.committeeName, unit: r.unit },
      assigned: r.assignmentId !== null,
      committeeUnitPath: r.committeeUnitPath,
      assignmentId: Number(r.assignmentId ?? 0),
    }))
    // nearest committee first, then its members by position and name
    .sort((a, b) => b.committeeUnitPath.length - a.committeeUnitPath.length || memberOrder(a, b));
  const responsible = nearestAssignment(candidates.filter((c) => c.assigned));
  const strip = ({ committeeUnitPath: _p, assignmentId: _a, ...c }: (typeof candidates)[number]) => c;
  return { responsible: responsible ? strip(responsible) : null, candidates: candidates.map(strip) };
}
