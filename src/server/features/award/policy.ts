import { roleAllows } from '../../../common/permissions.ts';
import type { Actor } from '../../context.ts';
import { forbidden } from '../../errors.ts';

/**
 * A proposal is decided strictly from above: a grant of `award.decide` on an
 * ancestor of the proposing unit, never on the unit itself (as the evaluation
 * review, src/server/features/evaluation/policy.ts), so no unit rewards itself.
 */
export const decidesAbove = (actor: Actor, unitPath: string) =>
  actor.grants.some(
    (g) => roleAllows(g.role, 'award.decide') && unitPath.startsWith(g.unitPath) && g.unitPath !== unitPath,
  );

export function authorizeDecideAbove(actor: Actor, unit: { path: string }) {
  if (!decidesAbove(actor, unit.path)) throw forbidden('award.decideFromAbove');
}

/** The unit a new decision goes to: the nearest unit above the proposal where the actor decides. */
export function decidingUnitId(actor: Actor, unitPath: string): number | undefined {
  return actor.grants
    .filter((g) => roleAllows(g.role, 'award.decide') && unitPath.startsWith(g.unitPath) && g.unitPath !== unitPath)
    .sort((a, b) => b.unitPath.length - a.unitPath.length)[0]?.unitId;
}
