import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { orgUnits } from './org-unit.ts';
import { registryColumns, registryIndexes } from './registry-columns.ts';

/**
 * A Steering Committee (Ban Chỉ đạo, "BCĐ 138") of one unit. Its name is
 * stored per committee: after the 2025 reform provinces named theirs
 * differently. At most one open committee per unit; closing it (e.g. after a
 * merger) lets a new one be set up.
 */
export const steeringCommittees = pgTable(
  'steering_committees',
  {
    ...registryColumns(),
    name: text('name').notNull(),
    establishedOn: date('established_on').notNull(),
    decisionNumber: text('decision_number'),
  },
  (t) => [
    ...registryIndexes('steering_committees', t),
    index('steering_committees_established_idx').on(t.establishedOn),
    // the one-open-committee rule, also held by the database against two concurrent writes
    uniqueIndex('steering_committees_one_open').on(t.unitId).where(sql`${t.closedOn} is null`),
  ],
);

/** A member of a committee: never deleted; a member who leaves keeps the row with `leftOn`. */
export const committeeMembers = pgTable(
  'committee_members',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    committeeId: integer('committee_id')
      .notNull()
      .references(() => steeringCommittees.id),
    fullName: text('full_name').notNull(),
    /** head | standingDeputy | deputy | member | secretary */
    position: text('position').notNull(),
    /** the title as the decision words it ("Phó Chủ tịch UBND tỉnh"), when it says more than the position */
    title: text('title'),
    organization: text('organization'),
    phone: text('phone'),
    joinedOn: date('joined_on').notNull(),
    leftOn: date('left_on'),
    leftReason: text('left_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('committee_members_committee_idx').on(t.committeeId),
    // one active head per committee, also held by the database
    uniqueIndex('committee_members_one_head')
      .on(t.committeeId)
      .where(sql`${t.position} = 'head' and ${t.leftOn} is null`),
  ],
);

/**
 * A member made responsible for a unit of the committee's subtree (phân công
 * thành viên phụ trách). One active assignment per (committee, unit).
 */
export const committeeAssignments = pgTable(
  'committee_assignments',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    committeeId: integer('committee_id')
      .notNull()
      .references(() => steeringCommittees.id),
    memberId: integer('member_id')
      .notNull()
      .references(() => committeeMembers.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    assignedOn: date('assigned_on').notNull(),
    endedOn: date('ended_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('committee_assignments_member_idx').on(t.memberId),
    index('committee_assignments_unit_idx').on(t.unitId),
    index('committee_assignments_path_idx').using('btree', sql`${t.unitPath} text_pattern_ops`),
    uniqueIndex('committee_assignments_one_active').on(t.committeeId, t.unitId).where(sql`${t.endedOn} is null`),
  ],
);
