import { z } from 'zod';
import { Classification, ClassificationRules, Criterion, EvaluatedUnitType, Provenance } from '../criteria/schemas.ts';
import { UnitRef } from '../org-unit/schemas.ts';
import { IsoDate, PageQuery, pageOf } from '../page.ts';

/**
 * The evaluation API (issue #3). A sheet is addressed by unit and year
 * (`/api/evaluations/units/:unitId/:year/...`), so a unit that has not started
 * has an address too; its `version` is 0 until the first save.
 */

export const EvaluationStatus = z.enum(['notStarted', 'draft', 'submitted', 'returned', 'approved', 'decided']);
export type EvaluationStatus = z.infer<typeof EvaluationStatus>;
export const DecisionLevel = z.enum(['parent', 'province']);

export const SheetParams = z.object({
  unitId: z.coerce.number().int().positive(),
  year: z.coerce.number().int().min(2000).max(2100),
});
export type SheetParams = z.infer<typeof SheetParams>;

// ── Evaluation years ────────────────────────────────────────────────────────

export const CycleTarget = z.object({
  unitType: EvaluatedUnitType,
  criteriaSetId: z.number().int(),
  safetySetId: z.number().int().nullable(),
  submitBy: IsoDate.describe('the unit submits its sheet by this date'),
  decideBy: IsoDate.describe('review and decision completed by this date (QĐ 510 Art. 11(3))'),
  decisionLevel: DecisionLevel,
});
export type CycleTarget = z.infer<typeof CycleTarget>;

export const CycleTargetView = CycleTarget.extend({
  criteriaSetName: z.string(),
  criteriaSetProvenance: Provenance,
  safetySetName: z.string().nullable(),
});

export const OpenCycleBody = z.object({
  unitId: z.number().int().positive().describe('the province (or the national root) the year is opened for'),
  year: z.number().int().min(2000).max(2100),
  /** omitted types take the active set and the regulation's deadlines */
  targets: z.array(CycleTarget).optional(),
});
export type OpenCycleBody = z.infer<typeof OpenCycleBody>;

export const UpdateCycleBody = z.object({
  version: z.number().int(),
  targets: z.array(CycleTarget).min(1),
});
export type UpdateCycleBody = z.infer<typeof UpdateCycleBody>;

export const CycleView = z.object({
  id: z.number().int(),
  unit: UnitRef,
  year: z.number().int(),
  status: z.enum(['open', 'closed']),
  version: z.number().int(),
  targets: z.array(CycleTargetView),
  can: z.object({ edit: z.boolean(), close: z.boolean() }),
});
export type CycleView = z.infer<typeof CycleView>;

export const ListCyclesQuery = z.object({ year: z.coerce.number().int().optional() });

// ── The score sheet ────────────────────────────────────────────────────────

export const SelfEntry = z.object({
  code: z.string().min(1).max(12),
  value: z.number().nullable().describe('points, number of events or percentage, by the line rule'),
  comment: z.string().trim().max(2000).optional(),
});
export const SaveSelfBody = z.object({
  version: z.number().int().describe('0 when the sheet has not been started'),
  entries: z.array(SelfEntry).max(200),
});
export type SaveSelfBody = z.infer<typeof SaveSelfBody>;

export const ReviewEntry = z.object({
  code: z.string().min(1).max(12),
  value: z.number(),
  reason: z.string().trim().min(1, 'msg:evaluation.reasonRequired').max(2000),
});
export const AdjustBody = z.object({ version: z.number().int(), entries: z.array(ReviewEntry).min(1).max(200) });
export type AdjustBody = z.infer<typeof AdjustBody>;

export const SendBackBody = z.object({
  version: z.number().int(),
  message: z.string().trim().min(1, 'msg:evaluation.messageRequired').max(4000),
});
export type SendBackBody = z.infer<typeof SendBackBody>;

export const ApproveBody = z.object({ version: z.number().int(), message: z.string().trim().max(4000).optional() });
export type ApproveBody = z.infer<typeof ApproveBody>;

export const DecideBody = z.object({
  version: z.number().int(),
  decisionNumber: z.string().trim().min(1).max(60).describe('e.g. 15/QĐ-BCĐ'),
  decisionDate: IsoDate,
});
export type DecideBody = z.infer<typeof DecideBody>;

export const ExtendBody = z.object({
  version: z.number().int(),
  until: IsoDate,
  reason: z.string().trim().min(1).max(2000),
});
export type ExtendBody = z.infer<typeof ExtendBody>;

export const EntryView = z.object({
  code: z.string(),
  selfValue: z.number().nullable(),
  selfComment: z.string().nullable(),
  reviewValue: z.number().nullable(),
  reviewReason: z.string().nullable(),
  /** points from the unit's own value, and the points that count (review if any) */
  selfPoints: z.number().nullable(),
  points: z.number().nullable(),
});
export type EntryView = z.infer<typeof EntryView>;

/** Why the sheet got its class: the threshold reached and every gate that capped it. */
export const ReasonView = z.object({
  kind: z.enum(['threshold', 'gate']),
  classification: Classification,
  total: z.number().optional(),
  min: z.number().nullable().optional(),
  nextMin: z.number().nullable().optional(),
  gateKind: z.enum(['eventsRecorded', 'safetyRecognitionMissing', 'criterionBelow']).optional(),
  criterion: z.string().optional(),
  gateText: z.string().optional(),
  events: z.number().optional(),
  points: z.number().optional(),
  minPoints: z.number().optional(),
});
export type ReasonView = z.infer<typeof ReasonView>;

export const ResultView = z.object({
  total: z.number(),
  classification: Classification,
  byPoints: Classification,
  reasons: z.array(ReasonView),
});
export type ResultView = z.infer<typeof ResultView>;

export const SheetSetView = z.object({
  id: z.number().int(),
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  legalBasis: z.string(),
  provenance: Provenance,
  provenanceNote: z.string().nullable(),
  criteria: z.array(Criterion),
  classification: ClassificationRules,
});
export type SheetSetView = z.infer<typeof SheetSetView>;

export const EvidenceView = z.object({
  id: z.number().int(),
  code: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
});

export const ChangeView = z.object({
  code: z.string(),
  side: z.enum(['self', 'review']),
  oldValue: z.number().nullable(),
  newValue: z.number().nullable(),
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});

export const EventView = z.object({
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  message: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});

export const SheetCan = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  adjust: z.boolean(),
  sendBack: z.boolean(),
  approve: z.boolean(),
  decide: z.boolean(),
  extend: z.boolean(),
  uploadEvidence: z.boolean(),
});

export const SheetView = z.object({
  id: z.number().int().nullable(),
  unit: UnitRef.extend({ pathNames: z.array(z.string()) }),
  unitType: EvaluatedUnitType,
  year: z.number().int(),
  cycleId: z.number().int(),
  cycleStatus: z.enum(['open', 'closed']),
  status: EvaluationStatus,
  version: z.number().int(),
  set: SheetSetView,
  entries: z.array(EntryView),
  /** by the unit's own values */
  selfResult: ResultView,
  /** by the values that count (review where adjusted) */
  result: ResultView,
  decided: z
    .object({
      classification: Classification,
      decisionNumber: z.string(),
      decisionDate: IsoDate,
      decidedBy: z.string().nullable(),
    })
    .nullable(),
  deadlines: z.object({
    submitBy: IsoDate,
    decideBy: IsoDate,
    extensionUntil: IsoDate.nullable(),
    extensionReason: z.string().nullable(),
    late: z.boolean(),
    submissionOpen: z.boolean(),
  }),
  submittedAt: z.string().nullable(),
  /** the "An toàn về an ninh, trật tự" title for the year, as the gates see it */
  safetyRecognised: z.boolean(),
  remediation: z.object({
    required: z.boolean(),
    planId: z.number().int().nullable(),
    overdue: z.boolean(),
  }),
  evidence: z.array(EvidenceView),
  changes: z.array(ChangeView),
  events: z.array(EventView),
  can: SheetCan,
});
export type SheetView = z.infer<typeof SheetView>;

// ── The reviewer's list and the summary table ──────────────────────────────

export const ReviewListQuery = PageQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100),
  unitId: z.coerce.number().int().positive().describe('the reviewing unit; its evaluated sub-units are listed'),
  scope: z.enum(['children', 'subtree']).default('children'),
  status: EvaluationStatus.optional(),
  late: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(200).optional(),
});
export type ReviewListQuery = z.infer<typeof ReviewListQuery>;

export const ReviewRow = z.object({
  unit: UnitRef.extend({ pathNames: z.array(z.string()) }),
  unitType: EvaluatedUnitType,
  evaluationId: z.number().int().nullable(),
  status: EvaluationStatus,
  selfTotal: z.number().nullable(),
  total: z.number().nullable(),
  classification: Classification.nullable(),
  decidedClassification: Classification.nullable(),
  submitBy: IsoDate,
  extensionUntil: IsoDate.nullable(),
  submittedAt: z.string().nullable(),
  late: z.boolean(),
  safetyRecognised: z.boolean(),
  planRequired: z.boolean(),
  planId: z.number().int().nullable(),
});
export type ReviewRow = z.infer<typeof ReviewRow>;

export const ReviewPage = pageOf(ReviewRow).extend({
  labels: z.object({ excellent: z.string(), good: z.string(), average: z.string(), weak: z.string() }),
});
export type ReviewPage = z.infer<typeof ReviewPage>;

// ── Dashboard ──────────────────────────────────────────────────────────────

export const DashboardQuery = z.object({
  unitId: z.coerce.number().int().positive(),
  year: z.coerce.number().int().min(2000).max(2100),
});

export const Counts = z.object({
  /** evaluated units expected in the subtree for the year */
  units: z.number().int(),
  byStatus: z.record(EvaluationStatus, z.number().int()),
  /** decided results only */
  byClass: z.record(Classification, z.number().int()),
  decided: z.number().int(),
  titleHolders: z.number().int(),
  late: z.number().int(),
  plansRequired: z.number().int(),
  plansMissing: z.number().int(),
  plansOverdue: z.number().int(),
});
export type Counts = z.infer<typeof Counts>;

export const DashboardView = z.object({
  unit: UnitRef,
  year: z.number().int(),
  labels: ReviewPage.shape.labels,
  current: Counts,
  previous: Counts.nullable(),
  children: z.array(z.object({ unit: UnitRef, counts: Counts, evaluated: z.boolean() })),
});
export type DashboardView = z.infer<typeof DashboardView>;
