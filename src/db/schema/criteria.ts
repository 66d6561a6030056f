import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { CriteriaSetDefinition } from '../../common/criteria/schemas.ts';

export const criteriaSetKind = pgEnum('criteria_set_kind', ['movement', 'safety']);
export const criteriaSetStatus = pgEnum('criteria_set_status', ['draft', 'active', 'retired']);
export const criteriaSetOrigin = pgEnum('criteria_set_origin', ['reference', 'custom', 'imported']);

/**
 * A versioned criteria set. `definition` holds the whole table (criteria,
 * rules, thresholds, labels), validated by the shared zod schema. Once an
 * evaluation year uses a set it is frozen: editing makes a new version, so a
 * past year keeps the set it was scored with.
 */
export const criteriaSets = pgTable(
  'criteria_sets',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    code: text('code').notNull(),
    version: integer('version').notNull(),
    kind: criteriaSetKind('kind').notNull(),
    name: text('name').notNull(),
    appliesTo: text('applies_to').array().notNull(),
    status: criteriaSetStatus('status').notNull().default('draft'),
    origin: criteriaSetOrigin('origin').notNull(),
    /** null: the Ministry's reference set; otherwise the province that issued it */
    ownerUnitId: integer('owner_unit_id'),
    ownerPath: text('owner_path'),
    definition: jsonb('definition').$type<CriteriaSetDefinition>().notNull(),
    rowVersion: integer('row_version').notNull().default(1),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('criteria_sets_code_version_uq').on(t.code, t.version),
    index('criteria_sets_owner_idx').using('btree', sql`${t.ownerPath} text_pattern_ops`),
  ],
);
