import { z } from 'zod';
import { activityStatuses, programLevels, reviewKinds } from '../../domain/coordination-program/rules.ts';
import { IsoDate } from '../page.ts';
import { optionalText, RegistryRecordBase, requiredText } from '../registry/schemas.ts';

export const ProgramLevel = z.enum(programLevels);
export const ActivityStatus = z.enum(activityStatuses);
export const ReviewKind = z.enum(reviewKinds);

/** "Công an; Ủy ban MTTQ" (a spreadsheet cell) or a list (a form): a list of names. */
const splitParties = (s: string) =>
  s
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);

export const Parties = z
  .union([z.array(z.string()), z.string().transform(splitParties)])
  .pipe(z.array(z.string().trim().min(1).max(200)).min(2, 'msg:coordinationProgram.partiesMin').max(20))
  .describe('signing parties, at least two (in a spreadsheet: separated by ";")');

const year = z.number().int().min(2000).max(2100);

/** A programme as forms and imports send it. */
export const ProgramBody = z.object({
  number: requiredText(100, 'msg:coordinationProgram.numberRequired').describe('e.g. 09/CTr-BCA-MTTW'),
  title: requiredText(500, 'msg:coordinationProgram.titleRequired'),
  parties: Parties,
  signedOn: IsoDate,
  periodFrom: year,
  periodTo: year,
  level: ProgramLevel.describe('national | province | commune: the level of the signing unit'),
  content: optionalText(8000),
});
export type ProgramBody = z.infer<typeof ProgramBody>;

export const ActivityBody = z.object({
  title: requiredText(500, 'msg:coordinationProgram.activityTitleRequired'),
  responsibleParty: requiredText(200, 'msg:coordinationProgram.partyRequired').describe('one of the parties'),
  dueOn: IsoDate,
  status: ActivityStatus.default('planned'),
  doneOn: IsoDate.nullish()
    .transform((v) => v ?? null)
    .describe('required when done'),
  note: optionalText(2000),
});
export type ActivityBody = z.infer<typeof ActivityBody>;
export const ActivityWriteBody = ActivityBody.extend({ version: z.number().int().describe('the programme version') });

export const ReviewBody = z.object({
  kind: ReviewKind.describe('interim (sơ kết) | final (tổng kết)'),
  heldOn: IsoDate,
  summary: requiredText(8000, 'msg:coordinationProgram.summaryRequired'),
});
export type ReviewBody = z.infer<typeof ReviewBody>;
export const ReviewWriteBody = ReviewBody.extend({ version: z.number().int().describe('the programme version') });

export const SubRecordParams = z.object({
  id: z.coerce.number().int().positive(),
  subId: z.coerce.number().int().positive(),
});

export const ActivityView = z.object({
  id: z.number().int(),
  title: z.string(),
  responsibleParty: z.string(),
  dueOn: IsoDate,
  status: ActivityStatus,
  doneOn: IsoDate.nullable(),
  note: z.string().nullable(),
  overdue: z.boolean().describe('still to do and past its due date (by the server clock)'),
});
export type ActivityView = z.infer<typeof ActivityView>;

export const ReviewView = z.object({
  id: z.number().int(),
  kind: ReviewKind,
  heldOn: IsoDate,
  summary: z.string(),
});
export type ReviewView = z.infer<typeof ReviewView>;

export const ProgramView = RegistryRecordBase.extend({
  number: z.string(),
  title: z.string(),
  parties: z.array(z.string()),
  signedOn: IsoDate,
  periodFrom: z.number().int(),
  periodTo: z.number().int(),
  level: ProgramLevel,
  content: z.string().nullable(),
  activityCounts: z.object({ total: z.number().int(), done: z.number().int() }),
  finalReviewOn: IsoDate.nullable().describe('date of the tổng kết, once held'),
});
export type ProgramView = z.infer<typeof ProgramView>;

export const ProgramDetail = ProgramView.extend({
  activities: z.array(ActivityView),
  overdueActivities: z.number().int().describe('activities past their due date, by the server clock'),
  reviews: z.array(ReviewView),
});
export type ProgramDetail = z.infer<typeof ProgramDetail>;

export const ProgramFilters = {
  level: ProgramLevel.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('programmes whose period covers this year'),
};
