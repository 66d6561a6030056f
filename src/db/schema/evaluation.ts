import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { bytea } from './columns.ts';
import { criteriaSets } from './criteria.ts';
import { orgUnits } from './org-unit.ts';

/** numeric comes back as a string from both drivers; points are small decimals */
const points = (name: string) => numeric(name, { precision: 7, scale: 2, mode: 'number' });

export const cycleStatus = pgEnum('evaluation_cycle_status', ['open', 'closed']);
export const evaluationStatus = pgEnum('evaluation_status', [
  'notStarted',
  'draft',
  'submitted',
  'returned',
  'approved',
  'decided',
]);
export const classificationEnum = pgEnum('classification', ['excellent', 'good', 'average', 'weak']);

/** An evaluation year opened for a province (or the whole country). */
export const evaluationCycles = pgTable(
  'evaluation_cycles',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    year: integer('year').notNull(),
    status: cycleStatus('status').notNull().default('open'),
    version: integer('version').notNull().default(1),
    openedBy: integer('opened_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('evaluation_cycles_unit_year_uq').on(t.unitId, t.year)],
);

/** Per unit type of a year: the sets that apply and the deadlines (defaults from the regulation, editable). */
export const cycleTargets = pgTable(
  'evaluation_cycle_targets',
  {
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => evaluationCycles.id),
    unitType: text('unit_type').notNull(),
    criteriaSetId: integer('criteria_set_id')
      .notNull()
      .references(() => criteriaSets.id),
    safetySetId: integer('safety_set_id').references(() => criteriaSets.id),
    submitBy: date('submit_by').notNull(),
    decideBy: date('decide_by').notNull(),
    /** who decides: the unit's parent, or the province of the year */
    decisionLevel: text('decision_level').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.unitType] })],
);

/** One unit's score sheet for one year. Absent = not started. */
export const evaluations = pgTable(
  'evaluations',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => evaluationCycles.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    unitType: text('unit_type').notNull(),
    year: integer('year').notNull(),
    criteriaSetId: integer('criteria_set_id')
      .notNull()
      .references(() => criteriaSets.id),
    status: evaluationStatus('status').notNull().default('notStarted'),
    selfTotal: points('self_total').notNull().default(0),
    total: points('total').notNull().default(0),
    /** what the current scores give, recomputed on every change */
    classification: classificationEnum('classification'),
    explanation: jsonb('explanation'),
    /** fixed by the decision */
    decidedClassification: classificationEnum('decided_classification'),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date'),
    decidedBy: integer('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    extensionUntil: date('extension_until'),
    extensionReason: text('extension_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('evaluations_cycle_unit_uq').on(t.cycleId, t.unitId),
    index('evaluations_path_idx').using('btree', sql`${t.unitPath} text_pattern_ops`),
    index('evaluations_year_idx').on(t.year, t.unitId),
  ],
);

/** The values on each line: the unit's own and the reviewer's adjustment. */
export const evaluationEntries = pgTable(
  'evaluation_entries',
  {
    evaluationId: integer('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    code: text('code').notNull(),
    selfValue: points('self_value'),
    selfComment: text('self_comment'),
    reviewValue: points('review_value'),
    reviewReason: text('review_reason'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.code] })],
);

/** Every change of a value: who, old, new, reason. Append-only. */
export const evaluationChanges = pgTable(
  'evaluation_changes',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    evaluationId: integer('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    code: text('code').notNull(),
    side: text('side').notNull(),
    oldValue: points('old_value'),
    newValue: points('new_value'),
    reason: text('reason'),
    actorId: integer('actor_id'),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('evaluation_changes_eval_idx').on(t.evaluationId, t.at)],
);

/** Workflow steps: submit, return with its message, approve, decide, extension. */
export const evaluationEvents = pgTable(
  'evaluation_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    evaluationId: integer('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    message: text('message'),
    actorId: integer('actor_id'),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('evaluation_events_eval_idx').on(t.evaluationId, t.at)],
);

/** Evidence files, kept in the database so a file and its sheet commit together. */
export const evaluationEvidence = pgTable(
  'evaluation_evidence',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    evaluationId: integer('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    code: text('code').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: integer('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('evaluation_evidence_eval_idx').on(t.evaluationId, t.code)],
);
