import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { criteriaSets } from './criteria.ts';
import { evaluationCycles } from './evaluation.ts';
import { orgUnits } from './org-unit.ts';

export const recognitionStatus = pgEnum('safety_recognition_status', ['granted', 'refused', 'revoked']);

/**
 * The "An toàn về an ninh, trật tự" title of one unit for one year (Circular
 * 124): the checklist as assessed, the decision, and any revocation.
 */
export const safetyRecognitions = pgTable(
  'safety_recognitions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => evaluationCycles.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    year: integer('year').notNull(),
    checklistSetId: integer('checklist_set_id')
      .notNull()
      .references(() => criteriaSets.id),
    /** code → { met, note } as assessed */
    checks: jsonb('checks').$type<Record<string, { met: boolean; note?: string }>>().notNull(),
    status: recognitionStatus('status').notNull(),
    decisionNumber: text('decision_number').notNull(),
    decisionDate: date('decision_date').notNull(),
    decidedBy: integer('decided_by'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokeReason: text('revoke_reason'),
    revokedBy: integer('revoked_by'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('safety_recognitions_unit_year_uq').on(t.unitId, t.year),
    index('safety_recognitions_path_idx').using('btree', sql`${t.unitPath} text_pattern_ops`),
  ],
);
