/**
 * The permission catalogue: which role may do what. A role is held on a unit
 * and covers the unit's whole subtree, so every check is "does the actor hold a
 * role allowing this action on the target unit or one of its ancestors".
 * Kept as data so that the server policy and the UI `can` flags agree.
 */
export const roles = ['admin', 'officer', 'committee', 'front', 'representative', 'viewer', 'investigator'] as const;
export type Role = (typeof roles)[number];

const everyone: readonly Role[] = roles;

export const permissionRoles = {
  'unit.read': everyone,
  'unit.manage': ['admin', 'officer'],
  'unit.import': ['admin'],
  'user.read': ['admin'],
  'user.manage': ['admin'],
  'audit.read': ['admin'],
  'criteria.read': everyone,
  'criteria.manage': ['admin'],
  'evaluation.read': everyone,
  /** open an evaluation year, set its deadlines */
  'evaluation.open': ['admin'],
  /** enter the unit's own scores and submit them */
  'evaluation.selfAssess': ['admin', 'officer', 'representative'],
  /** held strictly above the unit: adjust, return, approve, grant extensions */
  'evaluation.review': ['admin', 'officer', 'committee'],
  /** held at the decision level: decide and lock the result, grant or revoke the title */
  'evaluation.decide': ['admin', 'committee'],
  'remediation.manage': ['admin', 'officer', 'committee', 'representative'],
  /** the inbox of citizens' tips and petitions, and its statistics */
  'report.read': ['admin', 'officer', 'committee', 'investigator'],
  /** route, triage, assign, extend, reply, record the outcome; record tips received by phone or in person */
  'report.triage': ['admin', 'officer', 'investigator'],
  /** see who reported: held by the officers who handle the item, never by administrators as such; every view is audited */
  'report.readIdentity': ['investigator'],
  'mediation.read': everyone,
  'mediation.manage': ['admin', 'officer', 'front', 'representative'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionRoles;

/** What a route declares: a permission, or one of the two open levels. */
export type RoutePolicy = Permission | 'public' | 'authenticated';

export function roleAllows(role: Role, permission: Permission): boolean {
  return (permissionRoles[permission] as readonly Role[]).includes(role);
}
