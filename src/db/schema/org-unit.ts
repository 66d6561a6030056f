import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const unitLevel = pgEnum('unit_level', ['national', 'province', 'district', 'commune', 'residentialArea']);
export const unitKind = pgEnum('unit_kind', ['administrative', 'agency', 'enterprise', 'school']);
export const unitStatus = pgEnum('unit_status', ['active', 'closed']);
export const lineageKind = pgEnum('lineage_kind', ['merge', 'split', 'rename', 'close', 'move']);

/**
 * The unit tree. `path` is a materialised path of ids ("/1/12/305/") so that a
 * subtree is one index range scan (`path LIKE '/1/12/%'`, text_pattern_ops).
 * Units are never deleted: closing sets status and validTo.
 */
export const orgUnits = pgTable(
  'org_units',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    code: text('code'),
    name: text('name').notNull(),
    /** lower-case, diacritics folded (see domain/text.ts); search without unaccent() */
    searchName: text('search_name').notNull(),
    level: unitLevel('level'),
    kind: unitKind('kind').notNull().default('administrative'),
    /** xã / phường / đặc khu / thôn / tổ dân phố …, as written in official lists */
    typeLabel: text('type_label'),
    parentId: integer('parent_id'),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    status: unitStatus('status').notNull().default('active'),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('org_units_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    index('org_units_parent_idx').on(t.parentId, t.kind, t.name),
    uniqueIndex('org_units_level_code_uq')
      .on(t.level, t.code)
      .where(sql`${t.code} is not null and ${t.kind} = 'administrative'`),
    uniqueIndex('org_units_institution_code_uq')
      .on(t.kind, t.code)
      .where(sql`${t.code} is not null and ${t.kind} <> 'administrative'`),
    index('org_units_search_trgm_idx').using('gin', sql`${t.searchName} gin_trgm_ops`),
  ],
);

/**
 * Reform history: one row per predecessor → successor edge of an event. Rows of
 * one merge or split share `eventId`. Reports roll predecessors' history into
 * successors by following these edges; `share` weights a split.
 */
export const unitLineage = pgTable(
  'unit_lineage',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    eventId: uuid('event_id').notNull(),
    kind: lineageKind('kind').notNull(),
    effectiveDate: date('effective_date').notNull(),
    predecessorId: integer('predecessor_id')
      .notNull()
      .references(() => orgUnits.id),
    successorId: integer('successor_id').references(() => orgUnits.id),
    share: numeric('share', { precision: 5, scale: 4 }),
    details: jsonb('details'),
    note: text('note'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('unit_lineage_pred_idx').on(t.predecessorId), index('unit_lineage_succ_idx').on(t.successorId)],
);
