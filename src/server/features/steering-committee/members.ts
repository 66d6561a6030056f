import { and, eq, isNull } from 'drizzle-orm';
import type {
  CommitteeMemberBody,
  LeaveMemberBody,
  SaveMemberBody,
} from '../../../common/steering-committee/schemas.ts';
import type { Tx } from '../../../db/client.ts';
import { committeeAssignments, committeeMembers } from '../../../db/schema/index.ts';
import { endProblem, headTaken, joinProblem } from '../../../domain/steering-committee/rules.ts';
import { displayDate } from '../../../domain/text.ts';
import type { Ctx } from '../../context.ts';
import { AppError, invalid } from '../../errors.ts';
import { getRecord, todayOf } from '../../registry/read.ts';
import { auditSub, lockCommittee, touch } from './lock.ts';
import { type CommitteeRow, type MemberRow, membersOf } from './queries.ts';
import { steeringCommitteeRegistry as reg } from './registry.ts';

/**
 * The rules a member must meet beside the committee's other members: joined
 * between the establishment and today, and at most one active head. Throws
 * `invalid` with the body path of the field at fault.
 */
export function checkMember(
  committee: CommitteeRow,
  others: MemberRow[],
  body: CommitteeMemberBody,
  today: string,
  id?: number,
) {
  const problem = joinProblem(body.joinedOn, committee.establishedOn, today);
  if (problem === 'inFuture') {
    throw invalid('registry.dateInFuture', { date: displayDate(body.joinedOn) }, [
      { path: 'body.joinedOn', message: 'msg:registry.dateInFuture' },
    ]);
  }
  if (problem) {
    throw invalid('steeringCommittee.joinedBeforeEstablished', { date: displayDate(committee.establishedOn) }, [
      { path: 'body.joinedOn', message: 'msg:steeringCommittee.joinedBeforeEstablished' },
    ]);
  }
  if (headTaken(others, { id, position: body.position, leftOn: null })) {
    const head = others.find((m) => m.position === 'head' && m.leftOn === null && m.id !== id);
    throw invalid('steeringCommittee.headTaken', { name: head?.fullName ?? '' }, [
      { path: 'body.position', message: 'msg:steeringCommittee.headTaken' },
    ]);
  }
}

const memberValues = (b: CommitteeMemberBody) => ({
  fullName: b.fullName,
  position: b.position,
  title: b.title ?? null,
  organization: b.organization ?? null,
  phone: b.phone ?? null,
  joinedOn: b.joinedOn,
});

/** Inserts a checked member and audits it (shared by the form and the import). */
export async function insertMember(
  tx: Tx,
  ctx: Ctx,
  committee: CommitteeRow,
  unit: { id: number; path: string },
  body: CommitteeMemberBody,
) {
  const [row] = await tx
    .insert(committeeMembers)
    .values({ committeeId: committee.id, ...memberValues(body) })
    .returning();
  await auditSub(tx, ctx, 'steeringCommittee.memberSaved', unit, { type: 'committeeMember', id: row!.id }, null, row);
  return row!;
}

/** Writes a checked member's new values and audits it (shared by the form and the import). */
export async function updateMember(
  tx: Tx,
  ctx: Ctx,
  unit: { id: number; path: string },
  before: MemberRow,
  body: CommitteeMemberBody,
) {
  const [row] = await tx
    .update(committeeMembers)
    .set({ ...memberValues(body), updatedAt: ctx.clock.now() })
    .where(eq(committeeMembers.id, before.id))
    .returning();
  await auditSub(
    tx,
    ctx,
    'steeringCommittee.memberSaved',
    unit,
    { type: 'committeeMember', id: before.id },
    before,
    row,
  );
  return row!;
}

/** Adds a member to an open committee at the version seen. */
export async function addMember(ctx: Ctx, committeeId: number, body: SaveMemberBody) {
  return ctx.db.transaction(async (tx) => {
    const { committee, unit } = await lockCommittee(tx, ctx, committeeId, body.version);
    checkMember(committee, await membersOf(tx, committeeId), body, todayOf(ctx));
    await insertMember(tx, ctx, committee, unit, body);
    await touch(tx, committeeId);
    return getRecord(ctx, reg, committeeId, tx);
  });
}

/** Edits an active member (a member who left is history and stays as recorded). */
export async function editMember(ctx: Ctx, committeeId: number, memberId: number, body: SaveMemberBody) {
  return ctx.db.transaction(async (tx) => {
    const { committee, unit } = await lockCommittee(tx, ctx, committeeId, body.version);
    const members = await membersOf(tx, committeeId);
    const before = activeMember(members, memberId);
    checkMember(committee, members, body, todayOf(ctx), memberId);
    await updateMember(tx, ctx, unit, before, body);
    await touch(tx, committeeId);
    return getRecord(ctx, reg, committeeId, tx);
  });
}

/**
 * A member leaves the committee (never deleted). Their active assignments end
 * on the same day, so the units they followed show as uncovered.
 */
export async function leaveMember(ctx: Ctx, committeeId: number, memberId: number, body: LeaveMemberBody) {
  return ctx.db.transaction(async (tx) => {
    const { unit } = await lockCommittee(tx, ctx, committeeId, body.version);
    const before = activeMember(await membersOf(tx, committeeId), memberId);
    const problem = endProblem(body.leftOn, before.joinedOn, todayOf(ctx));
    if (problem) {
      const key = problem === 'inFuture' ? 'registry.dateInFuture' : 'steeringCommittee.leftBeforeJoined';
      throw invalid(key, { date: displayDate(problem === 'inFuture' ? body.leftOn : before.joinedOn) }, [
        { path: 'body.leftOn', message: `msg:${key}` },
      ]);
    }
    const [after] = await tx
      .update(committeeMembers)
      .set({ leftOn: body.leftOn, leftReason: body.reason ?? null, updatedAt: ctx.clock.now() })
      .where(eq(committeeMembers.id, memberId))
      .returning();
    const ended = await tx
      .update(committeeAssignments)
      .set({ endedOn: body.leftOn, updatedAt: ctx.clock.now() })
      .where(and(eq(committeeAssignments.memberId, memberId), isNull(committeeAssignments.endedOn)))
      .returning({ id: committeeAssignments.id, unitId: committeeAssignments.unitId });
    await auditSub(tx, ctx, 'steeringCommittee.memberLeft', unit, { type: 'committeeMember', id: memberId }, before, {
      ...after,
      endedAssignments: ended,
    });
    await touch(tx, committeeId);
    return getRecord(ctx, reg, committeeId, tx);
  });
}

function activeMember(members: MemberRow[], id: number): MemberRow {
  const m = members.find((x) => x.id === id);
  if (!m) throw new AppError(404, 'notFound');
  if (m.leftOn) throw invalid('steeringCommittee.memberHasLeft', { name: m.fullName, date: displayDate(m.leftOn) });
  return m;
}
