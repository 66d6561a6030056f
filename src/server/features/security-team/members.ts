import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { LeaveMemberBody, MemberBody, MemberWriteBody } from '../../../common/security-team/schemas.ts';
import type { Executor, Tx } from '../../../db/client.ts';
import { securityTeamMembers } from '../../../db/schema/index.ts';
import { leaderTaken } from '../../../domain/security-team/members.ts';
import { displayDate } from '../../../domain/text.ts';
import { recordAudit } from '../../audit.ts';
import type { Ctx } from '../../context.ts';
import { invalid, notFound } from '../../errors.ts';
import { getRecord, todayOf } from '../../registry/read.ts';
import { bump, lockForWrite } from '../../registry/write.ts';
import { securityTeamRegistry as reg } from './registry.ts';

type MemberRow = typeof securityTeamMembers.$inferSelect;
const field = (name: string, key: string) => [{ path: `body.${name}`, message: `msg:${key}` }];

/** Locks an open team at the version the user saw, with the rights of its unit checked. */
export async function lockTeam(tx: Tx, ctx: Ctx, teamId: number, version: number) {
  const { rec, unit } = await lockForWrite(tx, ctx, reg, teamId, version);
  if (rec.closedOn) throw invalid('registry.closed', { date: displayDate(rec.closedOn) });
  return { team: rec as typeof rec & { establishedOn: string }, unit };
}

export const activeMembers = (db: Executor, teamId: number) =>
  db
    .select()
    .from(securityTeamMembers)
    .where(and(eq(securityTeamMembers.teamId, teamId), isNull(securityTeamMembers.leftOn)));

/**
 * The rules on one member beyond the schema, shared by the form and the
 * import: no date or birth year in the future, one active leader per team.
 * `others` are the team's other active members.
 */
export function checkMember(
  body: MemberBody,
  others: Pick<MemberRow, 'role' | 'leftOn' | 'fullName'>[],
  today: string,
) {
  if (body.joinedOn > today) {
    throw invalid(
      'registry.dateInFuture',
      { date: displayDate(body.joinedOn) },
      field('joinedOn', 'registry.dateInFuture'),
    );
  }
  if (body.birthYear && body.birthYear > Number(today.slice(0, 4))) {
    throw invalid('securityTeam.birthYear', { year: body.birthYear }, field('birthYear', 'securityTeam.birthYear'));
  }
  if (leaderTaken(others, { role: body.role, leftOn: null })) {
    const leader = others.find((m) => m.role === 'leader' && m.leftOn === null);
    throw invalid(
      'securityTeam.secondLeader',
      { name: leader?.fullName ?? '' },
      field('role', 'securityTeam.secondLeader'),
    );
  }
}

/** Adds a member to a team (one transaction, audited, the team's version bumped). */
export async function addMember(ctx: Ctx, teamId: number, input: z.infer<typeof MemberWriteBody>) {
  return ctx.db.transaction(async (tx) => {
    const { version, ...body } = input;
    const { unit } = await lockTeam(tx, ctx, teamId, version);
    checkMember(body, await activeMembers(tx, teamId), todayOf(ctx));
    const [member] = await tx
      .insert(securityTeamMembers)
      .values({ ...body, birthYear: body.birthYear ?? null, teamId })
      .returning();
    await bump(tx, reg, teamId, {});
    await audit(tx, ctx, unit, 'securityTeam.memberSaved', teamId, null, member);
    return getRecord(ctx, reg, teamId, tx);
  });
}

/** Corrects a member's details; a leader change is checked against the other active members. */
export async function updateMember(ctx: Ctx, teamId: number, memberId: number, input: z.infer<typeof MemberWriteBody>) {
  return ctx.db.transaction(async (tx) => {
    const { version, ...body } = input;
    const { unit } = await lockTeam(tx, ctx, teamId, version);
    const before = await memberOf(tx, teamId, memberId);
    const others = (await activeMembers(tx, teamId)).filter((m) => m.id !== memberId);
    // a member who has left may be corrected even as "leader": they no longer hold the post
    checkMember(body, before.leftOn ? [] : others, todayOf(ctx));
    if (before.leftOn && body.joinedOn > before.leftOn) {
      throw invalid('securityTeam.leftBeforeJoined', {}, field('joinedOn', 'securityTeam.leftBeforeJoined'));
    }
    const [after] = await tx
      .update(securityTeamMembers)
      .set({ ...body, birthYear: body.birthYear ?? null, updatedAt: new Date() })
      .where(eq(securityTeamMembers.id, memberId))
      .returning();
    await bump(tx, reg, teamId, {});
    await audit(tx, ctx, unit, 'securityTeam.memberSaved', teamId, before, after);
    return getRecord(ctx, reg, teamId, tx);
  });
}

/** A member leaves the team: kept with the date and reason, never deleted. */
export async function leaveMember(ctx: Ctx, teamId: number, memberId: number, input: z.infer<typeof LeaveMemberBody>) {
  return ctx.db.transaction(async (tx) => {
    const { unit } = await lockTeam(tx, ctx, teamId, input.version);
    const before = await memberOf(tx, teamId, memberId);
    if (before.leftOn) throw invalid('securityTeam.alreadyLeft', { date: displayDate(before.leftOn) });
    if (input.leftOn > todayOf(ctx)) {
      throw invalid(
        'registry.dateInFuture',
        { date: displayDate(input.leftOn) },
        field('leftOn', 'registry.dateInFuture'),
      );
    }
    if (input.leftOn < before.joinedOn) {
      throw invalid('securityTeam.leftBeforeJoined', {}, field('leftOn', 'securityTeam.leftBeforeJoined'));
    }
    const [after] = await tx
      .update(securityTeamMembers)
      .set({ leftOn: input.leftOn, leftReason: input.reason, updatedAt: new Date() })
      .where(eq(securityTeamMembers.id, memberId))
      .returning();
    await bump(tx, reg, teamId, {});
    await audit(tx, ctx, unit, 'securityTeam.memberLeft', teamId, before, after);
    return getRecord(ctx, reg, teamId, tx);
  });
}

export async function memberOf(db: Executor, teamId: number, memberId: number) {
  const [m] = await db
    .select()
    .from(securityTeamMembers)
    .where(and(eq(securityTeamMembers.id, memberId), eq(securityTeamMembers.teamId, teamId)));
  if (!m) throw notFound();
  return m;
}

export async function audit(
  tx: Tx,
  ctx: Ctx,
  unit: { id: number; path: string },
  action:
    | 'securityTeam.memberSaved'
    | 'securityTeam.memberLeft'
    | 'securityTeam.membersImported'
    | 'securityTeam.evaluated',
  teamId: number,
  before: unknown,
  after: unknown,
) {
  await recordAudit(tx, {
    action,
    actor: ctx.actor,
    unit: { id: unit.id, path: unit.path },
    targetType: 'securityTeam',
    targetId: teamId,
    before,
    after,
    ip: ctx.ip,
  });
}
