import { z } from 'zod';
import { UnitRef } from '../org-unit/schemas.ts';
import { IsoDate, PageQuery, pageOf } from '../page.ts';

/**
 * The officers' side of the citizens' channel: the inbox of tips (Tip) and
 * petitions (Petition) routed to a commune, triage, legal time limits, the
 * outcome and the reply the citizen reads with the receipt code. The reporter's
 * identity never appears in these shapes except in `IdentityView`, which only
 * the identity route returns (and audits).
 */

export const ReportType = z.enum(['tip', 'petition']);
export type ReportType = z.infer<typeof ReportType>;
export const TipKind = z.enum(['denunciation', 'crimeReport', 'prosecutionRequest']);
export const PetitionKind = z.enum(['complaint', 'accusation', 'recommendation', 'feedback']);
export const ReportKind = z.enum([...TipKind.options, ...PetitionKind.options]);
export type ReportKind = z.infer<typeof ReportKind>;
export const ReportStatus = z.enum(['received', 'triaged', 'inProgress', 'resolved', 'rejected', 'transferred']);
export type ReportStatus = z.infer<typeof ReportStatus>;
export const openStatuses = ['received', 'triaged', 'inProgress'] as const satisfies ReportStatus[];
export const ReportPriority = z.enum(['low', 'normal', 'high', 'urgent']);
export type ReportPriority = z.infer<typeof ReportPriority>;
export const ReportChannel = z.enum(['web', 'phone', 'inPerson', 'mail']);
export type ReportChannel = z.infer<typeof ReportChannel>;
export const ReportOutcome = z.enum(['ledToCase', 'transferred', 'resolved', 'rejected']);
export type ReportOutcome = z.infer<typeof ReportOutcome>;
export const DueState = z.enum(['none', 'ok', 'dueSoon', 'overdue']);
export type DueState = z.infer<typeof DueState>;

/** The categories offered per type: the public form's lists, so both sides speak the same words. */
export { categoriesByType } from '../public-report/schemas.ts';

/** Which kinds belong to which type. */
export const kindsOfType: Record<ReportType, readonly ReportKind[]> = {
  tip: TipKind.options,
  petition: PetitionKind.options,
};

const Text = (max: number) => z.string().trim().min(1).max(max);
const Version = z.number().int().describe('the version last read; a stale one gets 409 with the current item');

export const ListReportsQuery = PageQuery.extend({
  unitId: z.coerce.number().int().positive().optional().describe('limit to this unit and its subtree'),
  status: z.enum([...ReportStatus.options, 'open', 'closed']).optional(),
  type: ReportType.optional(),
  kind: ReportKind.optional(),
  category: z.string().trim().max(100).optional(),
  priority: ReportPriority.optional(),
  due: z.enum(['dueSoon', 'overdue']).optional(),
  assigned: z.enum(['me', 'none']).optional(),
  duplicates: z.enum(['hide', 'only']).optional(),
  q: z.string().trim().max(200).optional().describe('receipt code, or words of the description'),
});
export type ListReportsQuery = z.infer<typeof ListReportsQuery>;

const PersonRef = z.object({ id: z.number().int(), name: z.string() });

export const ReportRow = z.object({
  id: z.number().int(),
  receiptCode: z.string(),
  type: ReportType,
  kind: ReportKind,
  category: z.string(),
  summary: z.string().describe('the first words of the description'),
  channel: ReportChannel,
  receivedAt: z.string(),
  dueOn: IsoDate.nullable(),
  dueState: DueState,
  status: ReportStatus,
  priority: ReportPriority,
  assignee: PersonRef.nullable(),
  unit: UnitRef,
  duplicateOf: z.object({ id: z.number().int(), receiptCode: z.string() }).nullable(),
  hasFiles: z.boolean(),
});
export type ReportRow = z.infer<typeof ReportRow>;
export const ReportPage = pageOf(ReportRow);
export type ReportPage = z.infer<typeof ReportPage>;

export const ReportMessage = z.object({
  id: z.number().int(),
  author: z.enum(['citizen', 'officer']),
  officerName: z.string().nullable(),
  body: z.string(),
  public: z.boolean(),
  createdAt: z.string(),
});
export type ReportMessage = z.infer<typeof ReportMessage>;

export const ReportFile = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});

export const ReportEvent = z.object({
  id: z.number().int(),
  action: z.string(),
  fromUnit: z.string().nullable(),
  toUnit: z.string().nullable(),
  reason: z.string().nullable(),
  details: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});

export const IdentityViewEntry = z.object({ actorName: z.string().nullable(), at: z.string() });

export const DuplicateCandidate = z.object({
  id: z.number().int(),
  receiptCode: z.string(),
  kind: ReportKind,
  summary: z.string(),
  receivedAt: z.string(),
  status: ReportStatus,
  similarity: z.number().describe('0–1, trigram similarity of the descriptions'),
  distanceM: z.number().nullable(),
  sameCommune: z.boolean(),
  daysApart: z.number(),
  linked: z.boolean().describe('already marked a duplicate of this item, or this item of it'),
});
export type DuplicateCandidate = z.infer<typeof DuplicateCandidate>;

export const ReportDetail = ReportRow.extend({
  description: z.string(),
  occurredOn: IsoDate.nullable(),
  occurredTime: z.string().nullable(),
  address: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  anonymous: z.boolean(),
  extensions: z.number().int(),
  extensionsLeft: z.number().int(),
  timeLimit: z.object({
    baseDays: z.number().int(),
    extensions: z.array(z.number().int()),
    source: z.string(),
    verified: z.boolean(),
  }),
  outcome: ReportOutcome.nullable(),
  valuable: z.boolean().nullable(),
  resolvedAt: z.string().nullable(),
  version: z.number().int(),
  messages: z.array(ReportMessage),
  files: z.array(ReportFile),
  events: z.array(ReportEvent),
  identityViews: z.array(IdentityViewEntry),
  duplicates: z.array(DuplicateCandidate),
  duplicatesOfThis: z.array(z.object({ id: z.number().int(), receiptCode: z.string() })),
  assignees: z.array(PersonRef).describe('who may be assigned: holders of report.triage over the unit'),
  can: z.object({
    triage: z.boolean(),
    reroute: z.boolean(),
    extend: z.boolean(),
    reply: z.boolean(),
    resolve: z.boolean(),
    readIdentity: z.boolean(),
  }),
});
export type ReportDetail = z.infer<typeof ReportDetail>;

export const IdentityView = z.object({
  anonymous: z.boolean(),
  identity: z
    .object({
      name: z.string().optional(),
      phone: z.string().optional(),
      email: z.string().optional(),
      idNumber: z.string().optional(),
      address: z.string().optional(),
    })
    .nullable(),
  viewedAt: z.string(),
});
export type IdentityView = z.infer<typeof IdentityView>;

export const RerouteBody = z.object({
  version: Version,
  unitId: z.number().int().positive().describe('an active commune, anywhere'),
  reason: Text(2000),
});
export type RerouteBody = z.infer<typeof RerouteBody>;
export const RerouteResult = z.object({
  id: z.number().int(),
  unit: UnitRef,
  stillVisible: z.boolean().describe('false when the item left every inbox the actor can read'),
});

export const TriageBody = z.object({
  version: Version,
  category: z.string().trim().min(1).max(100).optional(),
  priority: ReportPriority.optional(),
  assignedTo: z.number().int().positive().nullable().optional(),
  status: z.enum(['triaged', 'inProgress']).optional(),
});
export type TriageBody = z.infer<typeof TriageBody>;

export const LinkDuplicateBody = z.object({
  version: Version,
  duplicateOf: z.number().int().positive().nullable().describe('null removes the link'),
});
export type LinkDuplicateBody = z.infer<typeof LinkDuplicateBody>;

export const ExtendBody = z.object({ version: Version, reason: Text(2000) });
export type ExtendBody = z.infer<typeof ExtendBody>;

export const ReplyBody = z.object({
  version: Version,
  body: Text(4000),
  public: z.boolean().describe('true: the citizen reads it with the receipt code; false: an internal note'),
});
export type ReplyBody = z.infer<typeof ReplyBody>;

export const ResolveBody = z.object({
  version: Version,
  outcome: ReportOutcome,
  valuable: z.boolean().nullable().optional().describe('required for tips: did the tip help'),
  reply: Text(4000).describe('the answer the citizen reads'),
});
export type ResolveBody = z.infer<typeof ResolveBody>;

export const ReporterInput = z.object({
  name: z.string().trim().max(200).optional(),
  phone: z.string().trim().max(50).optional(),
  email: z.string().trim().max(200).optional(),
  idNumber: z.string().trim().max(50).optional(),
  address: z.string().trim().max(500).optional(),
});

export const RecordReportBody = z.object({
  type: ReportType,
  kind: ReportKind,
  category: z.string().trim().min(1).max(100),
  description: Text(10000),
  occurredOn: IsoDate.optional(),
  occurredTime: z.string().trim().max(50).optional(),
  unitId: z.number().int().positive().describe('the commune of the event'),
  address: z.string().trim().max(500).optional(),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
  anonymous: z.boolean(),
  reporter: ReporterInput.optional(),
  channel: z.enum(['phone', 'inPerson', 'mail']),
});
export type RecordReportBody = z.infer<typeof RecordReportBody>;
export const RecordResult = z.object({
  id: z.number().int(),
  receiptCode: z.string(),
  secret: z.string().describe('shown once: the officer hands it to the caller'),
});
export type RecordResult = z.infer<typeof RecordResult>;

export const CommuneSearchQuery = z.object({ q: z.string().trim().max(200).default('') });
export const CommuneOption = UnitRef.extend({ pathNames: z.array(z.string()) });
export type CommuneOption = z.infer<typeof CommuneOption>;

export const StatsQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type StatsQuery = z.infer<typeof StatsQuery>;

const Figures = z.object({
  received: z.number().int(),
  resolved: z.number().int().describe('closed in any way: resolved, rejected or transferred'),
  open: z.number().int(),
  overdueOpen: z.number().int().describe('still open past the due date'),
  resolvedLate: z.number().int().describe('closed after the due date'),
  valuableShare: z.number().nullable().describe('valuable tips among closed tips with a verdict'),
  medianDays: z.number().nullable().describe('median days from receipt to closing'),
});
export type Figures = z.infer<typeof Figures>;

export const ReportStats = z.object({
  unit: UnitRef,
  from: IsoDate,
  to: IsoDate,
  totals: Figures,
  byType: z.array(z.object({ key: ReportType, count: z.number().int() })),
  byKind: z.array(z.object({ key: ReportKind, count: z.number().int() })),
  byCategory: z.array(z.object({ key: z.string(), count: z.number().int(), resolved: z.number().int() })),
  children: z.array(z.object({ unit: UnitRef, figures: Figures })),
});
export type ReportStats = z.infer<typeof ReportStats>;
