import { roleAllows } from '../../../../common/permissions.ts';
import { coversFromAbove } from '../../../../domain/evaluation/decision.ts';
import type { Actor } from '../../../context.ts';
import { can } from '../../../policy.ts';

export type EntryRoles = { read: boolean; enter: boolean; approve: boolean };

/**
 * Who may do what on one unit's periodic figures. The unit enters its own
 * figures (a grant on the unit itself; an administrator anywhere above may
 * enter on its behalf); approval comes strictly from above, so nobody
 * approves the figures of the unit they enter for.
 */
export function entryRoles(actor: Actor, unitPath: string): EntryRoles {
  const enter = actor.grants.some(
    (g) =>
      roleAllows(g.role, 'statistics.enter') &&
      (g.unitPath === unitPath || (g.role === 'admin' && unitPath.startsWith(g.unitPath))),
  );
  const approve = actor.grants.some(
    (g) => roleAllows(g.role, 'statistics.approve') && coversFromAbove(g.unitPath, unitPath),
  );
  return { read: can(actor, 'statistics.read', unitPath), enter, approve };
}
