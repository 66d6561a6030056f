import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { orgUnits } from '../db/schema/index.ts';

/**
 * The id (as text) of the child of `parentPath` that a unit path falls under,
 * '' for the parent itself: the key of every "per child unit" figure.
 * The offset is inlined, not a parameter, so the select and the group by are
 * the same expression.
 */
export function childKey(parentPath: string, pathColumn: PgColumn | SQL = orgUnits.path): SQL<string> {
  return sql<string>`split_part(substr(${pathColumn}, ${sql.raw(String(parentPath.length + 1))}), '/', 1)`;
}
