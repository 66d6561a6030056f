import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { orgUnits } from './org-unit.ts';

/**
 * The indicator catalogue (chỉ tiêu thống kê), synced from
 * reference/indicators.json. `source` says whether a unit enters the figure
 * (`entered`) or the database computes it from records (`computed`, by the
 * trigger functions of migration 0007). `aggregation`: `sum` adds the months
 * of a period, `stock` is the level at the period's end (its rollup rows are
 * changes), `ratio` is numerator / denominator of two other indicators.
 */
export const indicators = pgTable('indicators', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  /** the section of the report and the dashboard: crime, citizens, mediation, movement, forces, classification, awards */
  section: text('section').notNull(),
  source: text('source').notNull(),
  aggregation: text('aggregation').notNull(),
  numerator: text('numerator'),
  denominator: text('denominator'),
  /** how often an entered indicator is reported: month | quarter | half | year */
  entryPeriod: text('entry_period'),
  /** unit of measure as printed: "vụ", "người", "đồng", "%" … */
  measure: text('measure').notNull(),
  measureEn: text('measure_en').notNull(),
  integer: boolean('integer').notNull().default(true),
  min: numeric('min', { mode: 'number' }),
  max: numeric('max', { mode: 'number' }),
  /** the web page listing the records behind a computed figure, with {unitId} {from} {to} placeholders */
  drill: text('drill'),
  sort: integer('sort').notNull().default(0),
  active: boolean('active').notNull().default(true),
  provenance: text('provenance').notNull().default('sample'),
  note: text('note'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A unit's periodic statistics form (báo cáo số liệu định kỳ) for one period:
 * draft → submitted → approved by the level above (or returned). Only
 * approved figures reach the rollups.
 */
export const indicatorReports = pgTable(
  'indicator_reports',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    /** '2025', '2025S1', '2025Q3', '2025M03' */
    period: text('period').notNull(),
    status: text('status').notNull().default('draft'),
    note: text('note'),
    returnReason: text('return_reason'),
    submittedBy: integer('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    approvedBy: integer('approved_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('indicator_reports_unit_period_uq').on(t.unitId, t.period),
    index('indicator_reports_path_idx').using('btree', sql`${t.unitPath} text_pattern_ops`),
  ],
);

export const indicatorValues = pgTable(
  'indicator_values',
  {
    reportId: integer('report_id')
      .notNull()
      .references(() => indicatorReports.id),
    indicatorCode: text('indicator_code')
      .notNull()
      .references(() => indicators.code, { onUpdate: 'cascade' }),
    value: numeric('value', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.indicatorCode] })],
);

/**
 * Incremental rollups: for every unit, the sum over its whole subtree of each
 * indicator per month (yyyymm). Maintained by triggers in the writing
 * transaction (migration 0007) and shifted when a unit moves, so a dashboard
 * reads a handful of rows instead of scanning the records.
 */
export const statRollups = pgTable(
  'stat_rollups',
  {
    unitId: integer('unit_id').notNull(),
    indicator: text('indicator').notNull(),
    month: integer('month').notNull(),
    value: numeric('value', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.indicator, t.month] }),
    // dashboards read one unit's months up to a date for every indicator: an index-only scan
    // (measured at national scale: a province's breakdown 714 → 66 ms, bench/README.md)
    index('stat_rollups_unit_month_idx').on(t.unitId, t.month, t.indicator, t.value),
  ],
);

/** Boundary of a unit for the choropleth map, loaded by an administrator (GeoJSON geometry). */
export const unitBoundaries = pgTable('unit_boundaries', {
  unitId: integer('unit_id')
    .primaryKey()
    .references(() => orgUnits.id),
  geometry: jsonb('geometry').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
