import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { orgUnits } from './org-unit.ts';
import { registryColumns, registryIndexes } from './registry-columns.ts';

/**
 * A form of commendation (hình thức khen thưởng): who grants it and at which
 * level. Configurable data (Law on Emulation and Commendation 2022; the list
 * in practice differs by province), seeded with the forms the movement uses.
 * Decisions and proposals refer to a form by its stable `code`.
 */
export const awardForms = pgTable('award_forms', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  /** the title of who signs it: "Bộ trưởng Bộ Công an", "Chủ tịch UBND tỉnh" … */
  issuerTitle: text('issuer_title').notNull(),
  /** certificateOfMerit (Bằng khen) | certificateOfCommendation (Giấy khen) | other */
  kind: text('kind').notNull(),
  /** national | province | commune */
  level: text('level').notNull(),
  sort: integer('sort').notNull().default(0),
  active: boolean('active').notNull().default(true),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A commendation decision (quyết định khen thưởng) of the unit that decides
 * (usually the province). Closing it is the revocation of Chương VII of the
 * Law: kept for history, left out of the recipients' counts.
 */
export const awardDecisions = pgTable(
  'award_decisions',
  {
    ...registryColumns(),
    formCode: text('form_code')
      .notNull()
      .references(() => awardForms.code, { onUpdate: 'cascade' }),
    decisionNumber: text('decision_number').notNull(),
    decidedOn: date('decided_on').notNull(),
    issuer: text('issuer').notNull(),
    reason: text('reason'),
    occasion: text('occasion'),
    // coordination_programs and campaigns are written at the same time by other helpers: plain ids, no FK yet
    rewardedProgramId: integer('rewarded_program_id'),
    rewardedCampaignId: integer('rewarded_campaign_id'),
    /** the recipients' names, kept in step with award_recipients so `q` finds a decision by who it rewards */
    recipientNames: text('recipient_names').notNull().default(''),
  },
  (t) => [
    ...registryIndexes('award_decisions', t),
    uniqueIndex('award_decisions_number_uq').on(t.unitId, t.decisionNumber),
    index('award_decisions_decided_idx').on(t.decidedOn),
  ],
);

/** A proposal (tờ trình đề nghị khen thưởng) of a unit, approved or refused at the level above. */
export const awardProposals = pgTable(
  'award_proposals',
  {
    ...registryColumns(),
    formCode: text('form_code')
      .notNull()
      .references(() => awardForms.code, { onUpdate: 'cascade' }),
    title: text('title').notNull(),
    reason: text('reason'),
    occasion: text('occasion'),
    rewardedProgramId: integer('rewarded_program_id'),
    rewardedCampaignId: integer('rewarded_campaign_id'),
    /** draft | submitted | approved | refused (src/domain/award/workflow.ts) */
    status: text('status').notNull().default('draft'),
    submittedOn: date('submitted_on'),
    decisionId: integer('decision_id').references(() => awardDecisions.id),
    refusalReason: text('refusal_reason'),
  },
  (t) => [...registryIndexes('award_proposals', t), index('award_proposals_status_idx').on(t.status)],
);

/**
 * A collective or a person proposed and/or rewarded. Linked to its proposal,
 * then to the decision that grants it. `unitId`/`unitPath` is the unit it is
 * counted under (the proposing unit, or the one chosen when entered on a
 * decision); `collectiveUnitId` is set when the collective is itself a unit.
 */
export const awardRecipients = pgTable(
  'award_recipients',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    proposalId: integer('proposal_id').references(() => awardProposals.id),
    decisionId: integer('decision_id').references(() => awardDecisions.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    /** collective | individual */
    recipientKind: text('recipient_kind').notNull(),
    collectiveUnitId: integer('collective_unit_id').references(() => orgUnits.id),
    name: text('name').notNull(),
    position: text('position'),
    achievements: text('achievements'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('award_recipients_path_idx').using('btree', sql`${t.unitPath} text_pattern_ops`),
    index('award_recipients_proposal_idx').on(t.proposalId),
    index('award_recipients_decision_idx').on(t.decisionId),
  ],
);
