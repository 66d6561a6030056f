import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { escapeLike, foldText } from '../domain/text.ts';

/**
 * "Contains these words, whatever the diacritics": the column folded in SQL by
 * td_fold (migration 0004) against the query folded in JS by foldText, which
 * fold the same way. For free text with no stored folded column.
 */
export function foldedContains(column: PgColumn | SQL, query: string): SQL {
  return sql`td_fold(${column}) like ${`%${escapeLike(foldText(query))}%`}`;
}
