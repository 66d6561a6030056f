import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { AssignBody, Candidates, EndAssignmentBody } from '../../../common/steering-committee/schemas.ts';
import { committeeAssignments, committeeMembers, orgUnits } from '../../../db/schema/index.ts';
import { endProblem, inCommitteeScope, joinProblem } from '../../../domain/steering-committee/rules.ts';
import { displayDate } from '../../../domain/text.ts';
import type { Ctx } from '../../context.ts';
import { invalid, notFound } from '../../errors.ts';
import { authorize } from '../../policy.ts';
import { getRecord, todayOf } from '../../registry/read.ts';
import { getUnit } from '../org-unit/queries.ts';
import { auditSub, lockCommittee, touch } from './lock.ts';
import { candidatesFor } from './queries.ts';
import { steeringCommitteeRegistry as reg } from './registry.ts';

/**
 * Makes an active member responsible for units of the committee's subtree (its
 * own unit included). A unit has one responsible member per committee: a unit
 * followed by another member passes to this one (the old assignment ends on
 * the new one's date); a unit this member already follows is left as it is.
 */
export async function assignMember(ctx: Ctx, committeeId: number, body: AssignBody) {
  return ctx.db.transaction(async (tx) => {
    const { unit } = await lockCommittee(tx, ctx, committeeId, body.version);
    const [member] = await tx.select().from(committeeMembers).where(eq(committeeMembers.id, body.memberId));
    if (!member || member.committeeId !== committeeId || member.leftOn) {
      throw invalid('steeringCommittee.memberNotActive', {}, [
        { path: 'body.memberId', message: 'msg:steeringCommittee.memberNotActive' },
      ]);
    }
    const problem = joinProblem(body.assignedOn, member.joinedOn, todayOf(ctx));
    if (problem) {
      const key = problem === 'inFuture' ? 'registry.dateInFuture' : 'steeringCommittee.assignedBeforeJoined';
      throw invalid(key, { date: displayDate(problem === 'inFuture' ? body.assignedOn : member.joinedOn) }, [
        { path: 'body.assignedOn', message: `msg:${key}` },
      ]);
    }
    const ids = [...new Set(body.unitIds)];
    const units = await tx.select().from(orgUnits).where(inArray(orgUnits.id, ids));
    for (const [i, id] of body.unitIds.entries()) {
      const u = units.find((x) => x.id === id);
      if (u?.status !== 'active' || !inCommitteeScope(unit.path, u.path)) {
        throw invalid('steeringCommittee.unitOutside', { unit: u?.name ?? String(id), committee: unit.name }, [
          { path: `body.unitIds.${i}`, message: 'msg:steeringCommittee.unitOutside' },
        ]);
      }
    }
    const current = await tx
      .select()
      .from(committeeAssignments)
      .where(
        and(
          eq(committeeAssignments.committeeId, committeeId),
          inArray(committeeAssignments.unitId, ids),
          isNull(committeeAssignments.endedOn),
        ),
      )
      .for('update');
    for (const u of units) {
      const old = current.find((a) => a.unitId === u.id);
      if (old?.memberId === member.id) continue;
      if (old) {
        const endedOn = old.assignedOn > body.assignedOn ? old.assignedOn : body.assignedOn;
        const [ended] = await tx
          .update(committeeAssignments)
          .set({ endedOn, updatedAt: ctx.clock.now() })
          .where(eq(committeeAssignments.id, old.id))
          .returning();
        const target = { type: 'committeeAssignment' as const, id: old.id };
        await auditSub(tx, ctx, 'steeringCommittee.assignmentEnded', unit, target, old, ended);
      }
      const [row] = await tx
        .insert(committeeAssignments)
        .values({ committeeId, memberId: member.id, unitId: u.id, unitPath: u.path, assignedOn: body.assignedOn })
        .returning();
      const target = { type: 'committeeAssignment' as const, id: row!.id };
      await auditSub(tx, ctx, 'steeringCommittee.assignmentSaved', unit, target, old ?? null, row);
    }
    await touch(tx, committeeId);
    return getRecord(ctx, reg, committeeId, tx);
  });
}

/** Ends an active assignment (the unit is no longer followed by that member). */
export async function endAssignment(ctx: Ctx, committeeId: number, assignmentId: number, body: EndAssignmentBody) {
  return ctx.db.transaction(async (tx) => {
    const { unit } = await lockCommittee(tx, ctx, committeeId, body.version);
    const [old] = await tx
      .select()
      .from(committeeAssignments)
      .where(and(eq(committeeAssignments.id, assignmentId), eq(committeeAssignments.committeeId, committeeId)));
    if (!old) throw notFound();
    if (old.endedOn) throw invalid('steeringCommittee.assignmentEnded', { date: displayDate(old.endedOn) });
    const problem = endProblem(body.endedOn, old.assignedOn, todayOf(ctx));
    if (problem) {
      const key = problem === 'inFuture' ? 'registry.dateInFuture' : 'steeringCommittee.endedBeforeAssigned';
      throw invalid(key, { date: displayDate(problem === 'inFuture' ? body.endedOn : old.assignedOn) }, [
        { path: 'body.endedOn', message: `msg:${key}` },
      ]);
    }
    const [after] = await tx
      .update(committeeAssignments)
      .set({ endedOn: body.endedOn, updatedAt: ctx.clock.now() })
      .where(eq(committeeAssignments.id, assignmentId))
      .returning();
    const target = { type: 'committeeAssignment' as const, id: assignmentId };
    await auditSub(tx, ctx, 'steeringCommittee.assignmentEnded', unit, target, old, after);
    await touch(tx, committeeId);
    return getRecord(ctx, reg, committeeId, tx);
  });
}

/**
 * Who is responsible for a unit, and whom a remediation plan of that unit may
 * name: the active members of the open committees at or above it. Readable by
 * anyone who may read the unit, since the members of the committees above a
 * commune are the people that commune reports to.
 */
export async function responsibleFor(ctx: Ctx, unitId: number): Promise<Candidates> {
  const unit = await getUnit(ctx.db, unitId);
  if (!unit) throw notFound();
  authorize(ctx.actor, reg.perms.read, unit);
  return candidatesFor(ctx.db, unit);
}
