import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { bytea } from './columns.ts';
import { orgUnits } from './org-unit.ts';
import { registryColumns, registryIndexes } from './registry-columns.ts';

/**
 * The editable taxonomy of initiative types (self-managed security, security
 * cameras, …). Records point at the stable `code`; names and order may change,
 * and a type is retired (active = false) rather than deleted.
 */
export const initiativeTypes = pgTable('initiative_types', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  // a unique constraint (not only an index): records reference the code
  code: text('code').notNull().unique('initiative_types_code_key'),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en'),
  sort: integer('sort').notNull().default(0),
  active: boolean('active').notNull().default(true),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An initiative (mô hình) of the movement, at the unit that built it (Guidance 22/HD-BCA-V05). */
export const initiatives = pgTable(
  'initiatives',
  {
    ...registryColumns(),
    name: text('name').notNull(),
    typeCode: text('type_code')
      .notNull()
      .references(() => initiativeTypes.code),
    startedOn: date('started_on').notNull(),
    /** registered | pilot | evaluated | replicated (stopped = closed) */
    stage: text('stage').notNull(),
    leadOrganization: text('lead_organization'),
    description: text('description'),
    results: text('results'),
    /** security-camera initiatives only */
    cameraCount: integer('camera_count'),
    cameraLocations: text('camera_locations'),
  },
  (t) => [...registryIndexes('initiatives', t), index('initiatives_type_idx').on(t.typeCode)],
);

/**
 * One replication point (điểm): the initiative applied in another territory.
 * `fromReplicationId` null = taken from the original unit. The point carries
 * its own unit, so it counts where it is.
 */
export const initiativeReplications = pgTable(
  'initiative_replications',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    initiativeId: integer('initiative_id')
      .notNull()
      .references(() => initiatives.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    fromReplicationId: integer('from_replication_id'),
    replicatedOn: date('replicated_on').notNull(),
    /** teams (tổ) running it at this point */
    teams: integer('teams').notNull().default(1),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('initiative_replications_unit_idx').on(t.initiativeId, t.unitId),
    index('initiative_replications_path_idx').using('btree', sql`${t.unitPath} text_pattern_ops`),
  ],
);

/** A recognition of an initiative ("Dân vận khéo", a certificate of merit …). */
export const initiativeRecognitions = pgTable(
  'initiative_recognitions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    initiativeId: integer('initiative_id')
      .notNull()
      .references(() => initiatives.id),
    title: text('title').notNull(),
    issuer: text('issuer').notNull(),
    decisionNumber: text('decision_number'),
    recognizedOn: date('recognized_on').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('initiative_recognitions_initiative_idx').on(t.initiativeId)],
);

/** Files of an initiative: decision, operating rules, review reports, photos. */
export const initiativeDocuments = pgTable(
  'initiative_documents',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    initiativeId: integer('initiative_id')
      .notNull()
      .references(() => initiatives.id),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: integer('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('initiative_documents_initiative_idx').on(t.initiativeId)],
);
