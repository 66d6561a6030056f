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
  /** the movement's registries (issue #5): every list, detail, export and count */
  'registry.read': everyone,
  /** initiatives (mô hình): proposed by police, the Front, residential-area heads (Guidance 22) */
  'initiative.manage': ['admin', 'officer', 'front', 'representative'],
  'exemplar.manage': ['admin', 'officer', 'front'],
  /** grassroots security teams, their members and the commune police staffing figures */
  'securityTeam.manage': ['admin', 'officer'],
  'campaign.manage': ['admin', 'officer', 'front'],
  'coordinationProgram.manage': ['admin', 'officer', 'front'],
  'steeringCommittee.manage': ['admin', 'officer', 'committee'],
  /** propose a commendation for the unit's collectives and people */
  'award.propose': ['admin', 'officer', 'front', 'committee'],
  /** approve or refuse proposals and record commendation decisions, at the level above */
  'award.decide': ['admin', 'committee'],
  /** statistics, dashboards and summary reports of the units in one's subtree (issue #6) */
  'statistics.read': everyone,
  /** enter the unit's periodic figures and submit them */
  'statistics.enter': ['admin', 'officer', 'representative'],
  /** held strictly above the unit: approve or return its periodic figures */
  'statistics.approve': ['admin', 'officer', 'committee'],
  /** the indicator catalogue and the units' map boundaries */
  'statistics.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionRoles;

/** What a route declares: a permission, or one of the two open levels. */
export type RoutePolicy = Permission | 'public' | 'authenticated';

export function roleAllows(role: Role, permission: Permission): boolean {
  return (permissionRoles[permission] as readonly Role[]).includes(role);
}
