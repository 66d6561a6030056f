import { z } from 'zod';
import { parsePeriod } from '../../domain/security-team/period.ts';
import { UnitRef } from '../org-unit/schemas.ts';
import { PageQuery } from '../page.ts';
import { optionalText, RegistryUnit } from '../registry/schemas.ts';

/** A period text ('2025', '2025S1', '2025Q3', '2025M03'), normalised. */
export const PeriodText = z
  .string()
  .trim()
  .refine((s) => parsePeriod(s) !== null, 'msg:staffing.periodFormat')
  .transform((s) => parsePeriod(s)!.text);

export const StaffingBody = z.object({
  unitId: z.number().int().positive().describe('a commune'),
  period: PeriodText,
  regular: z.number().int().min(0).max(10_000).describe('công an xã chính quy'),
  semiProfessional: z.number().int().min(0).max(10_000).describe('công an xã bán chuyên trách'),
  note: optionalText(1000),
  version: z.number().int().optional().describe('the version seen; absent for a new figure'),
});
export type StaffingBody = z.input<typeof StaffingBody>;

export const StaffingView = z.object({
  id: z.number().int(),
  unit: RegistryUnit,
  period: z.string(),
  regular: z.number().int(),
  semiProfessional: z.number().int(),
  note: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  can: z.object({ manage: z.boolean() }),
});
export type StaffingView = z.infer<typeof StaffingView>;

export const StaffingListQuery = PageQuery.extend({
  unitId: z.coerce.number().int().positive().optional(),
  period: PeriodText.optional(),
});

export const StaffingCountsQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  period: PeriodText,
});
const Sums = z.object({
  regular: z.number().int(),
  semiProfessional: z.number().int(),
  reported: z.number().int().describe('communes with a figure for the period'),
});
export const StaffingCounts = Sums.extend({
  unit: UnitRef,
  period: z.string(),
  children: z.array(Sums.extend({ unit: UnitRef })),
});
export type StaffingCounts = z.infer<typeof StaffingCounts>;
