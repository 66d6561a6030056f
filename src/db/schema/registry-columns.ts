import { sql } from 'drizzle-orm';
import { date, index, integer, type PgColumn, text, timestamp } from 'drizzle-orm/pg-core';
import { orgUnits } from './org-unit.ts';

/**
 * The columns every registry record has (issue #5): the unit it hangs off
 * (with the unit's path at writing, for subtree scans), a close date and
 * reason instead of deletion, and a version for optimistic locking.
 * Spread into a table: `pgTable('x', { ...registryColumns(), name: … })`.
 */
export function registryColumns() {
  return {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    closedOn: date('closed_on'),
    closeReason: text('close_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  };
}

/** The subtree index (prefix scans on the path) and the unit index every registry table needs. */
export function registryIndexes(name: string, t: { unitPath: PgColumn; unitId: PgColumn }) {
  return [
    index(`${name}_path_idx`).using('btree', sql`${t.unitPath} text_pattern_ops`),
    index(`${name}_unit_idx`).on(t.unitId),
  ];
}
