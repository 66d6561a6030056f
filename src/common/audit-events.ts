/**
 * Every audited action. The audit log stores the name plus before/after
 * snapshots; keeping the names in one union lets the audit page offer them as
 * a filter and stops typos.
 */
export const auditActions = [
  'auth.login',
  'auth.loginFailed',
  'auth.logout',
  'auth.passwordChanged',
  'unit.created',
  'unit.renamed',
  'unit.moved',
  'unit.closed',
  'unit.merged',
  'unit.split',
  'unit.imported',
  'user.created',
  'user.updated',
  'user.grantAdded',
  'user.grantRemoved',
  'system.seeded',
  'system.restored',
] as const;
export type AuditAction = (typeof auditActions)[number];
