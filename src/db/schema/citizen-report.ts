import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { bytea } from './columns.ts';
import { orgUnits } from './org-unit.ts';

export const reportType = pgEnum('citizen_report_type', ['tip', 'petition']);
export const reportStatus = pgEnum('citizen_report_status', [
  'received',
  'triaged',
  'inProgress',
  'resolved',
  'rejected',
  'transferred',
]);
export const reportPriority = pgEnum('citizen_report_priority', ['low', 'normal', 'high', 'urgent']);
export const reportChannel = pgEnum('citizen_report_channel', ['web', 'phone', 'inPerson', 'mail']);
export const reportOutcome = pgEnum('citizen_report_outcome', ['ledToCase', 'transferred', 'resolved', 'rejected']);

/**
 * A crime tip (Tip) or a petition (Petition) from a citizen. The reporter's
 * identity and contact are only ever stored encrypted (AES-256-GCM, key outside
 * the database) in `reporter_enc`; the receipt secret only as a slow hash.
 */
export const citizenReports = pgTable(
  'citizen_reports',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    receiptCode: text('receipt_code').notNull(),
    secretHash: text('secret_hash').notNull(),
    type: reportType('type').notNull(),
    /** Tip: denunciation | crimeReport | prosecutionRequest; Petition: complaint | accusation | recommendation | feedback */
    kind: text('kind').notNull(),
    category: text('category').notNull(),
    description: text('description').notNull(),
    occurredOn: date('occurred_on'),
    occurredTime: text('occurred_time'),
    /** the commune of the event: the inbox it is routed to */
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    address: text('address'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    anonymous: boolean('anonymous').notNull(),
    /** AES-256-GCM(iv ‖ tag ‖ ciphertext) of {name, phone, email, idNumber, address}; null when anonymous */
    reporterEnc: bytea('reporter_enc'),
    channel: reportChannel('channel').notNull().default('web'),
    status: reportStatus('status').notNull().default('received'),
    priority: reportPriority('priority').notNull().default('normal'),
    assignedTo: integer('assigned_to'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    /** legal time limit from the kind (REGULATIONS §6), moved by recorded extensions */
    dueOn: date('due_on'),
    extensions: integer('extensions').notNull().default(0),
    duplicateOf: integer('duplicate_of'),
    outcome: reportOutcome('outcome'),
    valuable: boolean('valuable'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    recordedBy: integer('recorded_by'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('citizen_reports_receipt_uq').on(t.receiptCode),
    index('citizen_reports_path_idx').using('btree', sql`${t.unitPath} text_pattern_ops`),
    index('citizen_reports_unit_received_idx').on(t.unitId, t.receivedAt),
    index('citizen_reports_due_idx').on(t.dueOn),
  ],
);

/** The conversation: citizen additions and officer replies (replies the citizen sees are `public`). */
export const citizenReportMessages = pgTable(
  'citizen_report_messages',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    reportId: integer('report_id')
      .notNull()
      .references(() => citizenReports.id),
    author: text('author').notNull(),
    officerId: integer('officer_id'),
    body: text('body').notNull(),
    public: boolean('public').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('citizen_report_messages_report_idx').on(t.reportId, t.createdAt)],
);

/** Attachments, in the database so that a submission and its files commit together. */
export const citizenReportFiles = pgTable(
  'citizen_report_files',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    reportId: integer('report_id')
      .notNull()
      .references(() => citizenReports.id),
    messageId: integer('message_id'),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('citizen_report_files_report_idx').on(t.reportId)],
);

/** What happened to an item: routing, re-routing with reason, triage, extension, outcome. */
export const citizenReportEvents = pgTable(
  'citizen_report_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    reportId: integer('report_id')
      .notNull()
      .references(() => citizenReports.id),
    action: text('action').notNull(),
    fromUnitId: integer('from_unit_id'),
    toUnitId: integer('to_unit_id'),
    reason: text('reason'),
    details: text('details'),
    actorId: integer('actor_id'),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('citizen_report_events_report_idx').on(t.reportId, t.at)],
);

/** Proof-of-work challenges already spent: a unique key, so a replay fails inside the submission's transaction. */
export const spentChallenges = pgTable('spent_challenges', {
  tokenHash: text('token_hash').primaryKey(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
