import { or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { type Permission, roleAllows } from '../common/permissions.ts';
import type { Actor } from './context.ts';
import { forbidden } from './errors.ts';

/** Does a role on an ancestor (or the unit itself) allow this? A path test, never a walk. */
export function can(actor: Actor, permission: Permission, unitPath: string): boolean {
  return actor.grants.some((g) => unitPath.startsWith(g.unitPath) && roleAllows(g.role, permission));
}

/** Assertion form of `can`: after it, the caller may act on the unit. */
export function authorize(actor: Actor, permission: Permission, unit: { path: string }): void {
  if (!can(actor, permission, unit.path)) throw forbidden('unitForbidden');
}

/** Holds the permission somewhere: enough to reach the route at all. */
export function holdsAnywhere(actor: Actor, permission: Permission): boolean {
  return actor.grants.some((g) => roleAllows(g.role, permission));
}

/** Path prefixes under which the actor has the permission, without nested duplicates. */
export function scopePaths(actor: Actor, permission: Permission): string[] {
  const paths = actor.grants.filter((g) => roleAllows(g.role, permission)).map((g) => g.unitPath);
  return [...new Set(paths)].filter((p) => !paths.some((q) => q !== p && p.startsWith(q)));
}

/**
 * A predicate limiting a list query to the actor's subtrees, on any column
 * holding a unit path. Index-backed: each prefix is a range scan.
 */
export function scopeWhere(column: PgColumn | SQL, actor: Actor, permission: Permission): SQL {
  const prefixes = scopePaths(actor, permission);
  if (prefixes.length === 0) return sql`false`;
  return or(...prefixes.map((p) => sql`${column} like ${`${p}%`}`)) as SQL;
}
