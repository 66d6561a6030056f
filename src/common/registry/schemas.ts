import { z } from 'zod';
import { UnitRef } from '../org-unit/schemas.ts';
import { IsoDate, PageQuery } from '../page.ts';

/**
 * What every registry (issue #5) shares: the list query, the unit a record
 * hangs off, closing a record, the import result and the counts by unit.
 */
export const RegistryStatus = z.enum(['open', 'closed', 'all']);

export const RegistryListQuery = PageQuery.extend({
  unitId: z.coerce.number().int().positive().optional().describe('only records under this unit (its subtree)'),
  q: z.string().trim().max(200).optional().describe('words to find, diacritics ignored'),
  status: RegistryStatus.default('open').describe('open = not closed'),
  from: IsoDate.optional().describe('record date on or after'),
  to: IsoDate.optional().describe('record date on or before'),
});
export type RegistryListQuery = z.infer<typeof RegistryListQuery>;

/** The record's unit with the names of its ancestors (province … commune). */
export const RegistryUnit = UnitRef.extend({ pathNames: z.array(z.string()) });
export type RegistryUnit = z.infer<typeof RegistryUnit>;

/** Fields every record view carries besides its own. */
export const RegistryRecordBase = z.object({
  id: z.number().int(),
  unit: RegistryUnit,
  closedOn: IsoDate.nullable(),
  closeReason: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  can: z.object({ manage: z.boolean() }),
});

/** Closing keeps the record for history and statistics; it is never deleted. */
export const CloseRecordBody = z.object({
  version: z.number().int(),
  closedOn: IsoDate.describe('date the record stopped (dừng hoạt động, giải thể, kết thúc)'),
  reason: z.string().trim().min(1, 'msg:registry.reasonRequired').max(2000),
});
export type CloseRecordBody = z.infer<typeof CloseRecordBody>;

export const ReopenRecordBody = z.object({ version: z.number().int() });
export type ReopenRecordBody = z.infer<typeof ReopenRecordBody>;

export const RegistryImportQuery = z.object({
  unitId: z.coerce
    .number()
    .int()
    .positive()
    .describe('rows without a unit go to this unit; named units must be under it'),
});

export const RegistryImportResult = z.object({
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type RegistryImportResult = z.infer<typeof RegistryImportResult>;

export const RegistryCountsQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  from: IsoDate.optional().describe('records dated on or after (the registry date column)'),
  to: IsoDate.optional().describe('records dated on or before'),
});
export type RegistryCountsQuery = z.infer<typeof RegistryCountsQuery>;

const CountLine = z.object({
  total: z.number().int().describe('records dated in the period (all, if no period)'),
  open: z.number().int().describe('of those, not closed by the end of the period'),
  by: z
    .record(z.string(), z.number().int())
    .describe('count per value of the registry breakdown (kind, stage, form …)'),
  sums: z.record(z.string(), z.number()).describe('sums of the registry figures (participants, cameras …)'),
});

/** Counts that statistics and reports use: the unit, and each child unit of it. */
export const RegistryCounts = CountLine.extend({
  unit: UnitRef,
  children: z.array(CountLine.extend({ unit: UnitRef })),
});
export type RegistryCounts = z.infer<typeof RegistryCounts>;

/** Free text a form may leave empty: stored as null, never as ''. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);

/** Required free text; `message` is the catalogue key shown when it is empty (`msg:<key>`). */
export const requiredText = (max: number, message: string) => z.string().trim().min(1, message).max(max);
