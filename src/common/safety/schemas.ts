import { z } from 'zod';
import { EvaluatedUnitType, Provenance } from '../criteria/schemas.ts';
import { UnitRef } from '../org-unit/schemas.ts';
import { IsoDate } from '../page.ts';

/**
 * The "An toàn về an ninh, trật tự" title (Circular 124) of one unit for one
 * year, addressed like the score sheet: `/api/safety/units/:unitId/:year`.
 * The row's `version` is 0 until the first decision.
 */

export { SheetParams as SafetyParams } from '../evaluation/schemas.ts';

export const RecognitionStatus = z.enum(['granted', 'refused', 'revoked']);
export type RecognitionStatus = z.infer<typeof RecognitionStatus>;

export const SafetyCheck = z.object({
  met: z.boolean(),
  note: z.string().trim().max(2000).optional(),
});
export type SafetyCheck = z.infer<typeof SafetyCheck>;

export const DecideSafetyBody = z.object({
  version: z.number().int().min(0).describe('0 when the unit has no decision for the year yet'),
  checks: z
    .record(z.string().min(1).max(12), SafetyCheck)
    .describe('every checklist item by code; computed items are evaluated by the server'),
  decisionNumber: z.string().trim().min(1).max(60).describe('e.g. 25/QĐ-UBND'),
  decisionDate: IsoDate,
});
export type DecideSafetyBody = z.infer<typeof DecideSafetyBody>;

export const RevokeSafetyBody = z.object({
  version: z.number().int().min(1),
  reason: z.string().trim().min(1, 'msg:safety.reasonRequired').max(2000),
});
export type RevokeSafetyBody = z.infer<typeof RevokeSafetyBody>;

/** What the server counted for a computed item (Circular 124 Art. 5(4)). */
export const ShareFigures = z.object({
  /** active residential areas and institutions directly under the unit */
  total: z.number().int(),
  /** of those, how many hold the title for the year */
  recognised: z.number().int(),
  /** null when there is nothing to count */
  percent: z.number().nullable(),
  minPercent: z.number(),
  met: z.boolean(),
});
export type ShareFigures = z.infer<typeof ShareFigures>;

export const ChecklistItemView = z.object({
  code: z.string(),
  text: z.string(),
  source: z.string().nullable(),
  provenance: Provenance,
  computed: z.enum(['subunitRecognitionShare']).nullable(),
  figures: ShareFigures.nullable(),
});
export type ChecklistItemView = z.infer<typeof ChecklistItemView>;

export const ChecklistView = z.object({
  id: z.number().int(),
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  legalBasis: z.string(),
  provenance: Provenance,
  provenanceNote: z.string().nullable(),
  /** the evaluation window: `windowFrom` of the previous year to `windowTo` of the year */
  windowFrom: IsoDate,
  windowTo: IsoDate,
  items: z.array(ChecklistItemView),
});
export type ChecklistView = z.infer<typeof ChecklistView>;

export const RecognitionView = z.object({
  id: z.number().int(),
  status: RecognitionStatus,
  checks: z.record(z.string(), SafetyCheck),
  decisionNumber: z.string(),
  decisionDate: IsoDate,
  decidedBy: z.string().nullable(),
  revokeReason: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type RecognitionView = z.infer<typeof RecognitionView>;

export const SafetyView = z.object({
  unit: UnitRef.extend({ pathNames: z.array(z.string()) }),
  unitType: EvaluatedUnitType,
  year: z.number().int(),
  cycleId: z.number().int(),
  cycleStatus: z.enum(['open', 'closed']),
  /** the unit holding the decision, e.g. the commune for its residential areas */
  decider: z.object({ id: z.number().int(), name: z.string() }),
  checklist: ChecklistView,
  recognition: RecognitionView.nullable(),
  can: z.object({ decide: z.boolean(), revoke: z.boolean() }),
});
export type SafetyView = z.infer<typeof SafetyView>;
