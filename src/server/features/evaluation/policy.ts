import { roleAllows } from '../../../common/permissions.ts';
import { coversFromAbove, decisionPath } from '../../../domain/evaluation/decision.ts';
import type { Actor } from '../../context.ts';
import { can } from '../../policy.ts';

export type SheetRoles = { self: boolean; review: boolean; decide: boolean; read: boolean };

/**
 * Who may do what on one unit's sheet. The unit scores itself (a grant on the
 * unit itself; an administrator anywhere above may enter on its behalf); the
 * review comes strictly from above, so a reviewer never reviews their own
 * unit; the decision is taken at the competent level of the year's settings.
 */
export function sheetRoles(
  actor: Actor,
  unitPath: string,
  cyclePath: string,
  decisionLevel: 'parent' | 'province',
): SheetRoles {
  const self = actor.grants.some(
    (g) =>
      roleAllows(g.role, 'evaluation.selfAssess') &&
      (g.unitPath === unitPath || (g.role === 'admin' && unitPath.startsWith(g.unitPath))),
  );
  const review = actor.grants.some(
    (g) => roleAllows(g.role, 'evaluation.review') && coversFromAbove(g.unitPath, unitPath),
  );
  const decide = can(actor, 'evaluation.decide', decisionPath(decisionLevel, unitPath, cyclePath));
  return { self, review, decide, read: can(actor, 'evaluation.read', unitPath) };
}
