import { date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { orgUnits } from './org-unit.ts';
import { registryColumns, registryIndexes } from './registry-columns.ts';

/**
 * A coordination programme (chương trình phối hợp) signed between the police
 * and the Fatherland Front and its member organisations, e.g. 09/CTr-BCA-MTTW,
 * mirrored by provinces and communes for their own period.
 */
export const coordinationPrograms = pgTable(
  'coordination_programs',
  {
    ...registryColumns(),
    /** the document number, unique within a unit ("09/CTr-BCA-MTTW") */
    number: text('number').notNull(),
    title: text('title').notNull(),
    /** the signing parties, at least two ("Công an tỉnh", "Ủy ban MTTQ Việt Nam tỉnh") */
    parties: jsonb('parties').$type<string[]>().notNull(),
    signedOn: date('signed_on').notNull(),
    periodFrom: integer('period_from').notNull(),
    periodTo: integer('period_to').notNull(),
    /** national | province | commune: the level of the unit that signed it */
    level: text('level').notNull(),
    content: text('content'),
  },
  (t) => [...registryIndexes('coordination_programs', t)],
);

/** One activity of a programme, the party responsible for it, its due date and status. */
export const programActivities = pgTable(
  'program_activities',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    programId: integer('program_id')
      .notNull()
      .references(() => coordinationPrograms.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    title: text('title').notNull(),
    /** one of the programme's parties */
    responsibleParty: text('responsible_party').notNull(),
    dueOn: date('due_on').notNull(),
    /** planned | inProgress | done | cancelled */
    status: text('status').notNull(),
    doneOn: date('done_on'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('program_activities_program_idx').on(t.programId), index('program_activities_unit_idx').on(t.unitId)],
);

/** A review of a programme: interim (sơ kết) or final (tổng kết, at most one). */
export const programReviews = pgTable(
  'program_reviews',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    programId: integer('program_id')
      .notNull()
      .references(() => coordinationPrograms.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    /** interim | final */
    kind: text('kind').notNull(),
    heldOn: date('held_on').notNull(),
    summary: text('summary').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('program_reviews_program_idx').on(t.programId), index('program_reviews_unit_idx').on(t.unitId)],
);
