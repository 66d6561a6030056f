import { z } from 'zod';
import { PageQuery, pageOf } from '../page.ts';

/**
 * Criteria sets are data (REGULATIONS.md §0): the Ministry's Decision 510 point
 * tables and Circular 124 checklists, and every province's own version. The
 * same zod schema validates the files under `reference/criteria/`, the admin
 * editor and an imported score sheet.
 */

/** The unit types the regulations score; institutions share one 510 table but not one 124 checklist. */
export const evaluatedUnitTypes = ['residentialArea', 'commune', 'district', 'agency', 'enterprise', 'school'] as const;
export const EvaluatedUnitType = z.enum(evaluatedUnitTypes);
export type EvaluatedUnitType = z.infer<typeof EvaluatedUnitType>;

export const classifications = ['excellent', 'good', 'average', 'weak'] as const;
export const Classification = z.enum(classifications);
export type Classification = z.infer<typeof Classification>;

/** How sure we are of a piece of a set: shown in the UI beside every unverified part. */
export const Provenance = z.enum(['verified', 'partial', 'sample']);
export type Provenance = z.infer<typeof Provenance>;

const Points = z.number().min(0).max(100).multipleOf(0.25);
const Code = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z.]{1,12}$/, 'msg:criteria.codeFormat');
const Text = z.string().trim().min(1).max(2000);
/** Month-day of the evaluation year, "11-20". */
export const MonthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'msg:criteria.monthDay');

export const ScoringRule = z.discriminatedUnion('type', [
  /** the scorer enters points between 0 and the maximum */
  z.object({ type: z.literal('manual') }),
  /** the scorer enters a number of events; each costs `pointsPerEvent`, never below 0 */
  z.object({ type: z.literal('deductionPerEvent'), pointsPerEvent: Points.positive() }),
  /** the scorer enters a percentage; the highest band it reaches gives the points */
  z.object({
    type: z.literal('percentageBands'),
    bands: z
      .array(z.object({ minPercent: z.number().min(0).max(100), points: Points }))
      .min(1)
      .max(10),
  }),
]);
export type ScoringRule = z.infer<typeof ScoringRule>;

const CriterionBase = z.object({
  code: Code,
  text: Text,
  maxPoints: Points,
  /** where the wording and points come from, e.g. "QĐ 510, Điều 7, khoản 1" */
  source: z.string().trim().max(300).optional(),
  provenance: Provenance.default('sample'),
  guidance: z.string().trim().max(2000).optional(),
});

export const SubItem = CriterionBase.extend({ rule: ScoringRule });
export type SubItem = z.infer<typeof SubItem>;

/** A criterion is scored itself (`rule`) or through its sub-items, whose points add up to its maximum. */
export const Criterion = CriterionBase.extend({
  rule: ScoringRule.optional(),
  items: z.array(SubItem).max(30).optional(),
});
export type Criterion = z.infer<typeof Criterion>;

/** A condition that caps the class whatever the points: the "gates" of REGULATIONS.md §1.5. */
export const Gate = z.discriminatedUnion('kind', [
  /** any event entered against a deduction criterion (e.g. a prohibited event) */
  z.object({ kind: z.literal('eventsRecorded'), criterion: Code, capAt: Classification, text: Text.optional() }),
  /** the unit does not hold the "An toàn về an ninh, trật tự" title for the year */
  z.object({ kind: z.literal('safetyRecognitionMissing'), capAt: Classification, text: Text.optional() }),
  /** a criterion (or sub-item) scored below a minimum */
  z.object({
    kind: z.literal('criterionBelow'),
    criterion: Code,
    minPoints: Points,
    capAt: Classification,
    text: Text.optional(),
  }),
]);
export type Gate = z.infer<typeof Gate>;

export const ClassificationRules = z.object({
  /** display labels: provinces word the top level "Xuất sắc" or "Tốt" */
  labels: z.object({ excellent: Text, good: Text, average: Text, weak: Text }),
  /** minimum total for each class; below `average` is weak */
  thresholds: z.object({ excellent: Points, good: Points, average: Points }),
  thresholdsProvenance: Provenance.default('sample'),
  gates: z
    .array(Gate.and(z.object({ provenance: Provenance.default('sample') })))
    .max(20)
    .default([]),
});
export type ClassificationRules = z.infer<typeof ClassificationRules>;

/** Decision 510 score table for some unit types. */
export const MovementSetDefinition = z.object({
  kind: z.literal('movement'),
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{3,60}$/, 'msg:criteria.setCodeFormat'),
  name: Text,
  legalBasis: Text,
  appliesTo: z.array(EvaluatedUnitType).min(1),
  provenance: Provenance,
  provenanceNote: z.string().trim().max(2000).optional(),
  /** completion deadline of the level's review and decision, month-day of the year (QĐ 510 Art. 11(3)) */
  decideBy: MonthDay,
  criteria: z.array(Criterion).min(1).max(60),
  classification: ClassificationRules,
});
export type MovementSetDefinition = z.infer<typeof MovementSetDefinition>;

export const ChecklistItem = z.object({
  code: Code,
  text: Text,
  source: z.string().trim().max(300).optional(),
  provenance: Provenance.default('sample'),
  /** filled by the system rather than ticked: share of sub-units recognised (Circular 124 Art. 5(4)) */
  computed: z.enum(['subunitRecognitionShare']).optional(),
  minPercent: z.number().min(0).max(100).optional(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

/** Circular 124 checklist: every item must be met for the title. */
export const SafetySetDefinition = z.object({
  kind: z.literal('safety'),
  code: MovementSetDefinition.shape.code,
  name: Text,
  legalBasis: Text,
  appliesTo: z.array(EvaluatedUnitType).min(1),
  provenance: Provenance,
  provenanceNote: z.string().trim().max(2000).optional(),
  /** evaluation window: from this month-day of the previous year to `windowTo` of the year (Art. 8) */
  windowFrom: MonthDay,
  windowTo: MonthDay,
  items: z.array(ChecklistItem).min(1).max(40),
});
export type SafetySetDefinition = z.infer<typeof SafetySetDefinition>;

export const CriteriaSetDefinition = z.discriminatedUnion('kind', [MovementSetDefinition, SafetySetDefinition]);
export type CriteriaSetDefinition = z.infer<typeof CriteriaSetDefinition>;

/** One problem that keeps a set from being used; `key` selects the message. */
export const CriteriaIssue = z.object({
  path: z.string(),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});
export type CriteriaIssue = z.infer<typeof CriteriaIssue>;

export const CriteriaSetStatus = z.enum(['draft', 'active', 'retired']);
export type CriteriaSetStatus = z.infer<typeof CriteriaSetStatus>;
export const CriteriaSetOrigin = z.enum(['reference', 'custom', 'imported']);

export const CriteriaSetSummary = z.object({
  id: z.number().int(),
  code: z.string(),
  version: z.number().int(),
  kind: z.enum(['movement', 'safety']),
  name: z.string(),
  appliesTo: z.array(EvaluatedUnitType),
  status: CriteriaSetStatus,
  origin: CriteriaSetOrigin,
  provenance: Provenance,
  ownerUnit: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  /** used by an evaluation year: frozen, edits make a new version */
  inUse: z.boolean(),
  updatedAt: z.string(),
});
export type CriteriaSetSummary = z.infer<typeof CriteriaSetSummary>;

export const CriteriaSetDetail = CriteriaSetSummary.extend({
  definition: CriteriaSetDefinition,
  rowVersion: z.number().int(),
  issues: z.array(CriteriaIssue),
  can: z.object({ edit: z.boolean(), activate: z.boolean(), retire: z.boolean(), newVersion: z.boolean() }),
});
export type CriteriaSetDetail = z.infer<typeof CriteriaSetDetail>;

// ---------------------------------------------------------------- the criteria-set API (issue #3)

export const CriteriaSetKind = z.enum(['movement', 'safety']);
export type CriteriaSetKind = z.infer<typeof CriteriaSetKind>;

export const ListCriteriaSetsQuery = PageQuery.extend({
  kind: CriteriaSetKind.optional(),
  status: CriteriaSetStatus.optional(),
  unitType: EvaluatedUnitType.optional(),
  q: z.string().trim().max(100).optional().describe('part of the name or code, accents ignored'),
});
export type ListCriteriaSetsQuery = z.infer<typeof ListCriteriaSetsQuery>;

export const CriteriaSetPage = pageOf(CriteriaSetSummary);
export type CriteriaSetPage = z.infer<typeof CriteriaSetPage>;

const OwnerUnitId = z
  .number()
  .int()
  .positive()
  .nullable()
  .optional()
  .describe("owning unit; omitted: the actor's own top unit; the national root (or null) means the Ministry");

/** A new draft: any structurally valid definition; the rules are checked on activation. */
export const CreateCriteriaSetBody = z.object({ ownerUnitId: OwnerUnitId, definition: CriteriaSetDefinition });
export type CreateCriteriaSetBody = z.infer<typeof CreateCriteriaSetBody>;

export const UpdateCriteriaSetBody = z.object({
  rowVersion: z.number().int().describe('the version the editor loaded; a stale one gets 409 with the current set'),
  definition: CriteriaSetDefinition,
});
export type UpdateCriteriaSetBody = z.infer<typeof UpdateCriteriaSetBody>;

/** Copy a set as a new draft, for the same owner or (a Ministry set) into the actor's province. */
export const NewCriteriaVersionBody = z.object({ ownerUnitId: OwnerUnitId });
export type NewCriteriaVersionBody = z.infer<typeof NewCriteriaVersionBody>;

export const CriteriaSetStateBody = z.object({ rowVersion: z.number().int() });
export type CriteriaSetStateBody = z.infer<typeof CriteriaSetStateBody>;

/** A unit the actor may make a set for; `ministry` for the national root. */
export const CriteriaOwnerOption = z.object({ id: z.number().int(), name: z.string(), ministry: z.boolean() });
export type CriteriaOwnerOption = z.infer<typeof CriteriaOwnerOption>;
