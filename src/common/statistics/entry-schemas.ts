import { z } from 'zod';
import { parsePeriod } from '../../domain/security-team/period.ts';
import { entryStatuses } from '../../domain/statistics/entry.ts';
import { UnitRef } from '../org-unit/schemas.ts';

/** A period text ('2025', '2025S1', '2025Q3', '2025M03'), normalised as the rollups store it. */
export const EntryPeriod = z
  .string()
  .trim()
  .refine((s) => parsePeriod(s) !== null, 'msg:statistics.badPeriod')
  .transform((s) => parsePeriod(s)!.text)
  .describe('2025, 2025S1, 2025Q3, 2025M03');

export const EntryStatus = z.enum(entryStatuses);
export type EntryStatus = z.infer<typeof EntryStatus>;

/** One unit's form for one period. */
export const EntryQuery = z.object({
  unitId: z.coerce.number().int().positive(),
  period: EntryPeriod,
});
export type EntryQuery = z.input<typeof EntryQuery>;

const Version = z.number().int().min(0).describe('the version read (0: no form yet); a newer one gives 409');

export const EntryRef = z.object({
  unitId: z.number().int().positive(),
  period: EntryPeriod,
  version: Version,
});

/**
 * Values by indicator code: a number sets it, null clears it, a code left out
 * keeps its value. Each value is checked against its indicator by the server
 * (paths `body.values.<code>`), so the schema takes any number.
 */
export const SaveEntryBody = EntryRef.extend({
  values: z.record(z.string().max(100), z.number().nullable()),
  note: z.string().trim().max(2000).nullable().optional(),
});
export type SaveEntryBody = z.input<typeof SaveEntryBody>;

export const SubmitEntryBody = EntryRef;
export const ApproveEntryBody = EntryRef;
export const ReturnEntryBody = EntryRef.extend({
  reason: z.string().trim().min(1, 'msg:statistics.entry.reasonRequired').max(2000),
});
export type EntryRefBody = z.input<typeof EntryRef>;
export type ReturnEntryBody = z.input<typeof ReturnEntryBody>;

export const EntryIndicatorView = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  section: z.string(),
  measure: z.string(),
  measureEn: z.string(),
  integer: z.boolean(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  value: z.number().nullable(),
});
export type EntryIndicatorView = z.infer<typeof EntryIndicatorView>;

export const Completeness = z.object({ filled: z.number().int(), required: z.number().int() });

const Stamp = z.object({ at: z.string(), by: z.string().nullable() }).nullable();

export const EntryForm = z.object({
  id: z.number().int().nullable(),
  unit: UnitRef,
  period: z.object({ text: z.string(), kind: z.enum(['month', 'quarter', 'half', 'year']), label: z.string() }),
  /** false for units that file no figures (residential areas, institutions): the form is empty */
  reporting: z.boolean(),
  status: EntryStatus,
  version: z.number().int(),
  note: z.string().nullable(),
  returnReason: z.string().nullable(),
  submitted: Stamp,
  approved: Stamp,
  indicators: z.array(EntryIndicatorView),
  completeness: Completeness,
  can: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    approve: z.boolean(),
    return: z.boolean(),
    import: z.boolean(),
  }),
});
export type EntryForm = z.infer<typeof EntryForm>;

export const CompletenessRow = z.object({
  unit: UnitRef,
  status: EntryStatus,
  filled: z.number().int(),
  required: z.number().int(),
  version: z.number().int(),
  submittedAt: z.string().nullable(),
  canApprove: z.boolean(),
});
export type CompletenessRow = z.infer<typeof CompletenessRow>;

/** The level above's view of a period: each child unit's form, so who has not reported shows. */
export const CompletenessResult = z.object({
  unit: UnitRef,
  period: z.string(),
  required: z.number().int(),
  counts: z.record(EntryStatus, z.number().int()),
  rows: z.array(CompletenessRow),
});
export type CompletenessResult = z.infer<typeof CompletenessResult>;

export const EntryImportResult = z.object({
  rows: z.number().int(),
  changed: z.number().int(),
  form: EntryForm,
});
export type EntryImportResult = z.infer<typeof EntryImportResult>;
