import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { orgUnits } from './org-unit.ts';
import { registryColumns, registryIndexes } from './registry-columns.ts';

/**
 * A grassroots security and order protection team (tổ bảo vệ an ninh, trật
 * tự ở cơ sở, Law of 2023 Art. 14–16). It hangs off its commune or one of the
 * commune's residential areas, and covers one or several residential areas
 * (thôn / tổ dân phố) of that commune.
 */
export const securityTeams = pgTable(
  'security_teams',
  {
    ...registryColumns(),
    name: text('name').notNull(),
    establishedOn: date('established_on').notNull(),
    decisionNumber: text('decision_number'),
    /** ids of the residential areas the team covers (all under the team's commune) */
    coveredUnitIds: jsonb('covered_unit_ids').$type<number[]>().notNull().default([]),
  },
  (t) => [...registryIndexes('security_teams', t), index('security_teams_established_idx').on(t.establishedOn)],
);

/** A member of a team: never deleted, a member who leaves keeps the row with `leftOn`. */
export const securityTeamMembers = pgTable(
  'security_team_members',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    teamId: integer('team_id')
      .notNull()
      .references(() => securityTeams.id),
    fullName: text('full_name').notNull(),
    /** male | female */
    gender: text('gender').notNull(),
    birthYear: integer('birth_year'),
    /** leader | deputy | member (tổ trưởng, tổ phó, tổ viên) */
    role: text('role').notNull(),
    joinedOn: date('joined_on').notNull(),
    leftOn: date('left_on'),
    leftReason: text('left_reason'),
    training: text('training'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('security_team_members_team_idx').on(t.teamId),
    // the one-active-leader rule, also held by the database against two concurrent writes
    uniqueIndex('security_team_members_one_leader')
      .on(t.teamId)
      .where(sql`${t.role} = 'leader' and ${t.leftOn} is null`),
  ],
);

/**
 * The yearly evaluation (Guidance 01/HD-BCA-V05) of a team (`memberId` null)
 * or of one of its members. One row per (team, member, year).
 */
export const securityTeamEvaluations = pgTable(
  'security_team_evaluations',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    teamId: integer('team_id')
      .notNull()
      .references(() => securityTeams.id),
    memberId: integer('member_id').references(() => securityTeamMembers.id),
    year: integer('year').notNull(),
    /** excellent | good | completed | notCompleted */
    level: text('level').notNull(),
    note: text('note'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // the team's own row has no member: coalesce so (team, null, year) is unique too
    uniqueIndex('security_team_evaluations_once').on(t.teamId, sql`coalesce(${t.memberId}, 0)`, t.year),
  ],
);

/**
 * Staffing of a commune's police for a period (công an xã chính quy / bán
 * chuyên trách): figures entered per (commune, period), versioned.
 */
export const policeStaffing = pgTable(
  'police_staffing',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    /** '2025', '2025S1', '2025Q3', '2025M03' (domain/security-team/period.ts) */
    period: text('period').notNull(),
    regular: integer('regular').notNull(),
    semiProfessional: integer('semi_professional').notNull(),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('police_staffing_unit_period').on(t.unitId, t.period),
    index('police_staffing_path_idx').using('btree', sql`${t.unitPath} text_pattern_ops`),
  ],
);
