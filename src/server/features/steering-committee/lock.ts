import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { steeringCommittees } from '../../../db/schema/index.ts';
import { displayDate } from '../../../domain/text.ts';
import { recordAudit } from '../../audit.ts';
import type { Ctx } from '../../context.ts';
import { invalid, notFound } from '../../errors.ts';
import { authorize } from '../../policy.ts';
import { bump, lockForWrite } from '../../registry/write.ts';
import type { UnitRow } from '../org-unit/queries.ts';
import { getUnit } from '../org-unit/queries.ts';
import type { CommitteeRow } from './queries.ts';
import { steeringCommitteeRegistry as reg } from './registry.ts';

export type Locked = { committee: CommitteeRow; unit: UnitRow };

/**
 * Locks an open committee for a change to its members or assignments: rights
 * on its unit, the version seen (409 with the committee as it is), not closed.
 * Without a version (a file import) the lock alone serialises the writers.
 */
export async function lockCommittee(tx: Tx, ctx: Ctx, id: number, version?: number): Promise<Locked> {
  let locked: Locked;
  if (version !== undefined) {
    const { rec, unit } = await lockForWrite(tx, ctx, reg, id, version);
    locked = { committee: rec as CommitteeRow, unit };
  } else {
    const [rec] = await tx.select().from(steeringCommittees).where(eq(steeringCommittees.id, id)).for('update');
    const unit = rec && (await getUnit(tx, rec.unitId));
    if (!rec || !unit) throw notFound();
    authorize(ctx.actor, reg.perms.read, unit);
    authorize(ctx.actor, reg.perms.manage, unit);
    locked = { committee: rec, unit };
  }
  if (locked.committee.closedOn) throw invalid('registry.closed', { date: displayDate(locked.committee.closedOn) });
  return locked;
}

/** Bumps the committee's version, so anyone editing it from an older view gets a 409. */
export const touch = (tx: Tx, id: number) => bump(tx, reg, id, {});

type SubAction =
  | 'steeringCommittee.memberSaved'
  | 'steeringCommittee.memberLeft'
  | 'steeringCommittee.assignmentSaved'
  | 'steeringCommittee.assignmentEnded';

/** One audit row for a member or assignment change, in the use case's transaction. */
export async function auditSub(
  tx: Tx,
  ctx: Ctx,
  action: SubAction,
  unit: { id: number; path: string },
  target: { type: 'committeeMember' | 'committeeAssignment'; id: number },
  before: unknown,
  after: unknown,
) {
  await recordAudit(tx, {
    action,
    actor: ctx.actor,
    unit: { id: unit.id, path: unit.path },
    targetType: target.type,
    targetId: target.id,
    before,
    after,
    ip: ctx.ip,
  });
}
