import { z } from 'zod';
import { evaluationLevels } from '../../domain/security-team/evaluation.ts';
import { memberRoles } from '../../domain/security-team/members.ts';
import { UnitRef } from '../org-unit/schemas.ts';
import { IsoDate } from '../page.ts';
import { optionalText, RegistryRecordBase, requiredText } from '../registry/schemas.ts';

export const MemberRole = z.enum(memberRoles);
export type MemberRole = z.infer<typeof MemberRole>;
export const Gender = z.enum(['male', 'female']);
export const EvaluationLevel = z.enum(evaluationLevels);
export type EvaluationLevel = z.infer<typeof EvaluationLevel>;

/** A team as forms and imports send it. */
export const SecurityTeamBody = z.object({
  name: requiredText(200, 'msg:securityTeam.nameRequired'),
  establishedOn: IsoDate.describe('date of the commune chairman decision establishing the team'),
  decisionNumber: optionalText(100),
  coveredUnitIds: z
    .array(z.number().int().positive())
    .max(50)
    .optional()
    .describe('residential areas covered, all under the team commune; empty = the team unit when it is one'),
});
export type SecurityTeamBody = z.infer<typeof SecurityTeamBody>;

export const SecurityTeamView = RegistryRecordBase.extend({
  name: z.string(),
  establishedOn: IsoDate,
  decisionNumber: z.string().nullable(),
  coveredUnitIds: z.array(z.number().int()),
  coveredUnits: z.array(UnitRef),
  activeMembers: z.number().int(),
  leaderName: z.string().nullable(),
});
export type SecurityTeamView = z.infer<typeof SecurityTeamView>;

export const SecurityTeamFilters = {
  coveredUnitId: z.coerce.number().int().positive().optional().describe('teams covering this residential area'),
};

/** A member as the form and the member import send it. */
export const MemberBody = z.object({
  fullName: requiredText(200, 'msg:securityTeam.fullNameRequired'),
  gender: Gender,
  birthYear: z.number().int().min(1900).max(2100).nullish(),
  role: MemberRole,
  joinedOn: IsoDate,
  training: optionalText(1000).describe('training and drills attended'),
  note: optionalText(1000),
});
export type MemberBody = z.infer<typeof MemberBody>;

/** Writes on a team's members carry the team's version, so two officers never overwrite each other. */
export const MemberWriteBody = MemberBody.extend({ version: z.number().int() });
export const LeaveMemberBody = z.object({
  version: z.number().int(),
  leftOn: IsoDate,
  reason: requiredText(1000, 'msg:registry.reasonRequired'),
});
export const MemberParams = z.object({
  id: z.coerce.number().int().positive(),
  memberId: z.coerce.number().int().positive(),
});

export const MemberView = z.object({
  id: z.number().int(),
  fullName: z.string(),
  gender: Gender,
  birthYear: z.number().int().nullable(),
  role: MemberRole,
  joinedOn: IsoDate,
  leftOn: IsoDate.nullable(),
  leftReason: z.string().nullable(),
  training: z.string().nullable(),
  note: z.string().nullable(),
});
export type MemberView = z.infer<typeof MemberView>;

export const EvaluationBody = z.object({
  version: z.number().int(),
  year: z.number().int().min(2024).max(2100),
  memberId: z.number().int().positive().nullable().describe('null = the team itself'),
  level: EvaluationLevel,
  note: optionalText(1000),
});
export type EvaluationBody = z.infer<typeof EvaluationBody>;

export const EvaluationView = z.object({
  id: z.number().int(),
  memberId: z.number().int().nullable(),
  year: z.number().int(),
  level: EvaluationLevel,
  note: z.string().nullable(),
});
export type EvaluationView = z.infer<typeof EvaluationView>;

export const SecurityTeamDetail = SecurityTeamView.extend({
  members: z.array(MemberView),
  evaluations: z.array(EvaluationView),
});
export type SecurityTeamDetail = z.infer<typeof SecurityTeamDetail>;

const QuotaCheck = z.object({
  excellent: z.number().int(),
  base: z.number().int(),
  limit: z.number().int(),
  exceeded: z.boolean(),
});
/** The "excellent" quota of the team's commune for a year: a warning, never a refusal. */
export const QuotaView = z.object({
  year: z.number().int(),
  commune: UnitRef,
  teams: QuotaCheck,
  members: QuotaCheck,
  share: z.number(),
  base: z.enum(['good', 'all']),
});
export type QuotaView = z.infer<typeof QuotaView>;
export const YearQuery = z.object({ year: z.coerce.number().int().min(2024).max(2100) });

/** Teams and members at the end of a year, per child unit: the figures statistics need. */
export const StrengthQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2024).max(2100),
});
const StrengthLine = z.object({
  teams: z.number().int().describe('teams established by 31/12 and not closed by then'),
  members: z.number().int().describe('their members active on 31/12'),
  byRole: z.record(z.string(), z.number().int()),
  teamLevels: z.record(z.string(), z.number().int()).describe('teams per evaluation level of the year'),
  memberLevels: z.record(z.string(), z.number().int()),
});
export const StrengthView = StrengthLine.extend({
  unit: UnitRef,
  year: z.number().int(),
  children: z.array(StrengthLine.extend({ unit: UnitRef })),
});
export type StrengthView = z.infer<typeof StrengthView>;
