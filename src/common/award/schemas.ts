import { z } from 'zod';
import { UnitRef } from '../org-unit/schemas.ts';
import { IsoDate } from '../page.ts';
import { optionalText, RegistryRecordBase, requiredText } from '../registry/schemas.ts';

export const RecipientKind = z.enum(['collective', 'individual']);
export type RecipientKind = z.infer<typeof RecipientKind>;

export const AwardFormKind = z.enum(['certificateOfMerit', 'certificateOfCommendation', 'other']);
export const AwardFormLevel = z.enum(['national', 'province', 'commune']);

/** A form of commendation as administrators edit it (configurable list). */
export const AwardFormBody = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'msg:award.formCodeRequired')
    .max(40)
    .regex(/^[A-Za-z0-9_.-]+$/, 'msg:award.formCodeChars'),
  name: requiredText(300, 'msg:award.formNameRequired'),
  issuerTitle: requiredText(200, 'msg:award.issuerRequired'),
  kind: AwardFormKind,
  level: AwardFormLevel,
  sort: z.number().int().min(0).max(10_000).default(0),
  active: z.boolean().default(true),
});
export type AwardFormBody = z.infer<typeof AwardFormBody>;
export const AwardForm = AwardFormBody.extend({ id: z.number().int(), version: z.number().int() });
export type AwardForm = z.infer<typeof AwardForm>;

const programLinks = {
  rewardedProgramId: z.number().int().positive().nullish().describe('the coordination programme it rewards'),
  rewardedCampaignId: z.number().int().positive().nullish().describe('the campaign it rewards'),
};

/** A commendation decision as forms and imports send it. */
export const AwardDecisionBody = z.object({
  formCode: requiredText(40, 'msg:award.formRequired').describe('code of the form (award_forms.code)'),
  decisionNumber: requiredText(60, 'msg:award.numberRequired').describe('e.g. 1234/QĐ-UBND'),
  decidedOn: IsoDate,
  issuer: optionalText(200).describe('who signed; the form issuer title when empty'),
  reason: optionalText(4000),
  occasion: optionalText(300).describe('e.g. Tổng kết 10 năm phong trào 2013–2023'),
  ...programLinks,
});
export type AwardDecisionBody = z.infer<typeof AwardDecisionBody>;

export const AwardRecipientBody = z.object({
  recipientKind: RecipientKind,
  collectiveUnitId: z.number().int().positive().nullish().describe('the collective, when it is a unit of the tree'),
  name: optionalText(300).describe('organisation or person; a collective unit defaults to its name'),
  position: optionalText(200),
  achievements: optionalText(4000),
});
export type AwardRecipientBody = z.infer<typeof AwardRecipientBody>;

export const AwardRecipient = z.object({
  id: z.number().int(),
  recipientKind: RecipientKind,
  name: z.string(),
  position: z.string().nullable(),
  achievements: z.string().nullable(),
  collectiveUnit: UnitRef.nullable(),
  /** the unit it is counted under (the proposing unit when it came from a proposal) */
  unit: UnitRef,
  proposalId: z.number().int().nullable(),
});
export type AwardRecipient = z.infer<typeof AwardRecipient>;

const formRef = z.object({ code: z.string(), name: z.string(), kind: AwardFormKind });

export const AwardDecisionView = RegistryRecordBase.extend({
  form: formRef,
  decisionNumber: z.string(),
  decidedOn: IsoDate,
  issuer: z.string(),
  reason: z.string().nullable(),
  occasion: z.string().nullable(),
  rewardedProgramId: z.number().int().nullable(),
  rewardedCampaignId: z.number().int().nullable(),
  collectives: z.number().int(),
  individuals: z.number().int(),
});
export type AwardDecisionView = z.infer<typeof AwardDecisionView>;

export const AwardDecisionDetail = AwardDecisionView.extend({ recipients: z.array(AwardRecipient) });
export type AwardDecisionDetail = z.infer<typeof AwardDecisionDetail>;

export const AwardDecisionFilters = {
  formCode: z.string().max(40).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  occasion: z.string().trim().max(200).optional().describe('words of the occasion, diacritics ignored'),
};

export const ProposalStatus = z.enum(['draft', 'submitted', 'approved', 'refused']);
export type ProposalStatus = z.infer<typeof ProposalStatus>;

/** A proposal as forms and imports send it (its status moves only through submit/approve/refuse). */
export const AwardProposalBody = z.object({
  formCode: requiredText(40, 'msg:award.formRequired'),
  title: requiredText(300, 'msg:award.titleRequired'),
  reason: optionalText(4000),
  occasion: optionalText(300),
  ...programLinks,
});
export type AwardProposalBody = z.infer<typeof AwardProposalBody>;

export const AwardProposalView = RegistryRecordBase.extend({
  form: formRef,
  title: z.string(),
  reason: z.string().nullable(),
  occasion: z.string().nullable(),
  rewardedProgramId: z.number().int().nullable(),
  rewardedCampaignId: z.number().int().nullable(),
  status: ProposalStatus,
  submittedOn: IsoDate.nullable(),
  refusalReason: z.string().nullable(),
  decision: z.object({ id: z.number().int(), decisionNumber: z.string(), decidedOn: IsoDate }).nullable(),
  collectives: z.number().int(),
  individuals: z.number().int(),
});
export type AwardProposalView = z.infer<typeof AwardProposalView>;

export const AwardProposalDetail = AwardProposalView.extend({
  recipients: z.array(AwardRecipient),
  /** what this user may do now (buttons) */
  allowed: z.object({ edit: z.boolean(), submit: z.boolean(), decide: z.boolean() }),
  /** open decisions of the same form the decider may attach it to */
  openDecisions: z.array(z.object({ id: z.number().int(), decisionNumber: z.string(), decidedOn: IsoDate })),
});
export type AwardProposalDetail = z.infer<typeof AwardProposalDetail>;

export const AwardProposalFilters = {
  proposalStatus: ProposalStatus.optional(),
  formCode: z.string().max(40).optional(),
  /** submitted proposals the user may decide (strictly below their units) */
  queue: z.enum(['review']).optional(),
};

export const VersionBody = z.object({ version: z.number().int() });
export const RecipientWriteBody = AwardRecipientBody.extend({ version: z.number().int() });

/** Approve into an existing open decision (decisionId) or a new one (number + date). */
export const ApproveProposalBody = z.object({
  version: z.number().int(),
  decisionId: z.number().int().positive().optional(),
  decisionNumber: optionalText(60),
  decidedOn: IsoDate.optional(),
  issuer: optionalText(200),
});
export type ApproveProposalBody = z.infer<typeof ApproveProposalBody>;

export const RefuseProposalBody = z.object({
  version: z.number().int(),
  reason: requiredText(2000, 'msg:award.refusalReasonRequired'),
});

export const RecipientCountsQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  from: IsoDate.optional().describe('decisions dated on or after'),
  to: IsoDate.optional().describe('decisions dated on or before'),
});

const KindCount = z.object({ collective: z.number().int(), individual: z.number().int() });
const ByForm = z.array(KindCount.extend({ formCode: z.string(), formName: z.string() }));

/** Collectives and individuals rewarded, by form, for a unit and each child unit (revoked decisions left out). */
export const RecipientCounts = KindCount.extend({
  unit: UnitRef,
  byForm: ByForm,
  children: z.array(KindCount.extend({ unit: UnitRef, byForm: ByForm })),
});
export type RecipientCounts = z.infer<typeof RecipientCounts>;
