import { sql } from 'drizzle-orm';
import { date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { evaluations } from './evaluation.ts';
import { orgUnits } from './org-unit.ts';
import { committeeMembers } from './steering-committee.ts';

export const planStatus = pgEnum('remediation_plan_status', ['open', 'completed']);
export const actionStatus = pgEnum('remediation_action_status', ['todo', 'inProgress', 'done']);

/** The plan an Average or Weak unit must file (kế hoạch khắc phục). */
export const remediationPlans = pgTable(
  'remediation_plans',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    evaluationId: integer('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    year: integer('year').notNull(),
    dueDate: date('due_date').notNull(),
    /** the steering-committee member responsible; null for plans filed with a free-text name only */
    responsibleMemberId: integer('responsible_member_id').references(() => committeeMembers.id),
    /** snapshot of the member's name and position when linked (kept as filed when the member leaves) */
    responsibleName: text('responsible_name').notNull(),
    responsiblePosition: text('responsible_position'),
    summary: text('summary'),
    status: planStatus('status').notNull().default('open'),
    completedAt: date('completed_at'),
    version: integer('version').notNull().default(1),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('remediation_plans_eval_uq').on(t.evaluationId),
    index('remediation_plans_path_idx').using('btree', sql`${t.unitPath} text_pattern_ops`),
  ],
);

export const remediationActions = pgTable(
  'remediation_actions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    planId: integer('plan_id')
      .notNull()
      .references(() => remediationPlans.id),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    dueDate: date('due_date'),
    status: actionStatus('status').notNull().default('todo'),
    progress: text('progress'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('remediation_actions_plan_idx').on(t.planId, t.position)],
);
