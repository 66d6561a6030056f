import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { orgUnits } from './org-unit.ts';

export const mediationOutcome = pgEnum('mediation_outcome', ['succeeded', 'failed', 'withdrawn']);

/** A grassroots mediation team (tổ hòa giải) of a residential area (Law 35/2013/QH13). */
export const mediationTeams = pgTable(
  'mediation_teams',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    name: text('name').notNull(),
    establishedOn: date('established_on'),
    dissolvedOn: date('dissolved_on'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('mediation_teams_path_idx').using('btree', sql`${t.unitPath} text_pattern_ops`)],
);

export const mediators = pgTable(
  'mediators',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    teamId: integer('team_id')
      .notNull()
      .references(() => mediationTeams.id),
    fullName: text('full_name').notNull(),
    gender: text('gender').notNull(),
    /** leader | member */
    role: text('role').notNull().default('member'),
    ethnicMinority: text('ethnic_minority'),
    joinedOn: date('joined_on'),
    leftOn: date('left_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('mediators_team_idx').on(t.teamId)],
);

/** One mediation: minimal data on the parties, the subject, the dates and the outcome. */
export const mediationCases = pgTable(
  'mediation_cases',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    teamId: integer('team_id')
      .notNull()
      .references(() => mediationTeams.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    subject: text('subject').notNull(),
    /** [{ label: "Bên A", name: "Nguyễn V. A" }]: no more than the logbook needs */
    parties: jsonb('parties').$type<{ label: string; name: string }[]>().notNull(),
    receivedOn: date('received_on').notNull(),
    startedOn: date('started_on'),
    closedOn: date('closed_on'),
    outcome: mediationOutcome('outcome'),
    mediatorIds: jsonb('mediator_ids').$type<number[]>().notNull().default([]),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('mediation_cases_path_idx').using('btree', sql`${t.unitPath} text_pattern_ops`),
    index('mediation_cases_received_idx').on(t.receivedOn),
  ],
);
