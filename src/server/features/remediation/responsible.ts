import type { Executor } from '../../../db/client.ts';
import { invalid } from '../../errors.ts';
import { positionLabel } from '../steering-committee/members-file.ts';
import { candidatesFor } from '../steering-committee/queries.ts';
import type { PlanRecord } from './queries.ts';

type Responsible = Pick<PlanRecord, 'responsibleMemberId' | 'responsibleName' | 'responsiblePosition'>;
type Input = { responsibleMemberId?: number | null; responsibleName?: string; responsiblePosition?: string };

/**
 * The member responsible for a plan and the name/position snapshot kept with
 * it. A newly linked member must be an active member of an open Steering
 * Committee at or above the plan's unit (the unit the actor was authorised
 * on); the snapshot then comes from the member. A link kept unchanged keeps
 * its snapshot, even after the member left. Without a link the free-text name
 * of older plans applies.
 */
export async function resolveResponsible(
  db: Executor,
  unit: { id: number; path: string },
  body: Input,
  plan?: PlanRecord,
): Promise<Responsible> {
  const memberId =
    body.responsibleMemberId === undefined ? (plan?.responsibleMemberId ?? null) : body.responsibleMemberId;
  if (memberId !== null && plan && memberId === plan.responsibleMemberId) {
    return {
      responsibleMemberId: memberId,
      responsibleName: plan.responsibleName,
      responsiblePosition: plan.responsiblePosition,
    };
  }
  if (memberId !== null) {
    const { candidates } = await candidatesFor(db, unit);
    const m = candidates.find((c) => c.memberId === memberId);
    if (!m) {
      throw invalid('remediation.memberNotCandidate', {}, [
        { path: 'body.responsibleMemberId', message: 'msg:remediation.memberNotCandidate' },
      ]);
    }
    const detail = m.title ?? m.organization;
    const position = [positionLabel(m.position), detail].filter(Boolean).join(', ');
    return {
      responsibleMemberId: m.memberId,
      responsibleName: m.fullName,
      responsiblePosition: `${position} – ${m.committee.unit.name}`,
    };
  }
  const name = body.responsibleName ?? plan?.responsibleName;
  if (!name) {
    throw invalid('remediation.responsibleRequired', {}, [
      { path: 'body.responsibleName', message: 'msg:remediation.responsibleRequired' },
    ]);
  }
  const position =
    body.responsiblePosition === undefined ? (plan?.responsiblePosition ?? null) : body.responsiblePosition || null;
  return { responsibleMemberId: null, responsibleName: name, responsiblePosition: position };
}
