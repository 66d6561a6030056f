import { z } from 'zod';
import { UnitRef } from '../org-unit/schemas.ts';

/** A reporting period as the glossary writes it: 2025, 2025S1, 2025Q3, 2025M03. */
export const PeriodText = z
  .string()
  .trim()
  .regex(/^\d{4}([SQM]\d{1,2})?$/i, 'msg:statistics.badPeriod')
  .transform((s) => s.toUpperCase());

export const IndicatorSection = z.enum([
  'crime',
  'citizens',
  'mediation',
  'movement',
  'forces',
  'classification',
  'awards',
]);
export type IndicatorSection = z.infer<typeof IndicatorSection>;

export const Indicator = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  section: IndicatorSection,
  source: z.enum(['entered', 'computed']),
  aggregation: z.enum(['sum', 'stock', 'ratio']),
  numerator: z.string().nullable(),
  denominator: z.string().nullable(),
  entryPeriod: z.enum(['month', 'quarter', 'half', 'year']).nullable(),
  measure: z.string(),
  measureEn: z.string(),
  integer: z.boolean(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  drill: z
    .string()
    .nullable()
    .describe('web path of the records behind the figure; {unitId}, {start}, {end} are replaced'),
  sort: z.number().int(),
  provenance: z.enum(['verified', 'partial', 'sample']),
  note: z.string().nullable(),
});
export type Indicator = z.infer<typeof Indicator>;

export const RangeQuery = z.object({
  unitId: z.coerce.number().int().positive().optional().describe('default: the top unit of the caller'),
  from: PeriodText.describe('first period: 2013, 2025Q1 …'),
  to: PeriodText.optional().describe('last period (default: from)'),
});
export type RangeQuery = z.input<typeof RangeQuery>;

export const CodesQuery = RangeQuery.extend({
  codes: z
    .string()
    .optional()
    .transform((s) =>
      s
        ? s
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean)
        : undefined,
    )
    .describe('indicator codes, comma separated (default: all)'),
});

export const RangeInfo = z.object({
  from: z.string(),
  to: z.string(),
  start: z.string(),
  end: z.string(),
  label: z.string(),
});

export const Figure = z.object({
  code: z.string(),
  value: z.number().nullable(),
  previous: z.number().nullable().describe('the same period one year earlier'),
  change: z.number().nullable(),
  changePct: z.number().nullable(),
});
export type Figure = z.infer<typeof Figure>;

export const FiguresResult = z.object({
  unit: UnitRef,
  range: RangeInfo,
  previousRange: RangeInfo,
  /** predecessors (merged or split units) whose history is counted in this unit's figures */
  predecessors: z.array(UnitRef.extend({ share: z.number() })),
  figures: z.array(Figure),
});
export type FiguresResult = z.infer<typeof FiguresResult>;

export const BreakdownRow = z.object({
  unit: UnitRef,
  childCount: z.number().int(),
  values: z.record(z.string(), z.number().nullable()),
});
export const BreakdownResult = z.object({
  unit: UnitRef,
  range: RangeInfo,
  codes: z.array(z.string()),
  rows: z.array(BreakdownRow),
  /** what closed children without a successor among the listed ones still add to the total */
  other: z.record(z.string(), z.number().nullable()).nullable(),
  total: z.record(z.string(), z.number().nullable()),
});
export type BreakdownResult = z.infer<typeof BreakdownResult>;

export const TrendResult = z.object({
  unit: UnitRef,
  codes: z.array(z.string()),
  years: z.array(z.object({ year: z.number().int(), values: z.record(z.string(), z.number().nullable()) })),
});
export type TrendResult = z.infer<typeof TrendResult>;

/** GeoJSON as an administrator loads it: each feature names its unit by `properties.code` (or `unitId`). */
const Geometry = z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.unknown()) });
export const BoundaryFeature = z.object({
  type: z.literal('Feature'),
  properties: z
    .object({ code: z.string().optional(), unitId: z.number().int().optional(), name: z.string().optional() })
    .passthrough(),
  geometry: Geometry,
});
export const BoundariesBody = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(BoundaryFeature).min(1, 'msg:statistics.noFeatures'),
});
export type BoundariesBody = z.infer<typeof BoundariesBody>;
export const BoundariesLoaded = z.object({
  loaded: z.number().int(),
  unmatched: z.array(z.object({ index: z.number().int(), code: z.string().nullable(), name: z.string().nullable() })),
});
/** The boundaries of a unit's children, for the choropleth (empty when none were loaded). */
export const ChildBoundaries = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ unitId: z.number().int(), name: z.string() }),
      geometry: Geometry,
    }),
  ),
});
export type ChildBoundaries = z.infer<typeof ChildBoundaries>;
