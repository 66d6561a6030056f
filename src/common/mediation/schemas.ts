import { z } from 'zod';
import { UnitRef } from '../org-unit/schemas.ts';
import { IsoDate, PageQuery, pageOf } from '../page.ts';

/**
 * Grassroots mediation (Law 35/2013/QH13): teams of a residential area with
 * their mediators, and the cases they mediate. Parties carry minimal data: a
 * label and a name, nothing that identifies them further.
 */

export const Gender = z.enum(['female', 'male']);
export const MediatorRole = z.enum(['leader', 'member']);
export const Outcome = z.enum(['succeeded', 'failed', 'withdrawn']);
export type Outcome = z.infer<typeof Outcome>;
/** Codes of the team warnings; texts live in the web catalogue. */
export const TeamWarning = z.enum(['tooFewMediators', 'noWoman', 'otherTeamInArea']);
export type TeamWarning = z.infer<typeof TeamWarning>;

const Name = z.string().trim().min(1).max(200);
const Version = z.number().int().describe('the version read; a stale one gets 409 with the current state');
const UnitWithPath = UnitRef.extend({ pathNames: z.array(z.string()) });

// ---- teams

export const CreateTeamBody = z.object({
  unitId: z.number().int().positive().describe('the residential area (thôn, tổ dân phố)'),
  name: Name,
  establishedOn: IsoDate.nullish(),
});
export type CreateTeamBody = z.infer<typeof CreateTeamBody>;

export const UpdateTeamBody = z.object({ version: Version, name: Name, establishedOn: IsoDate.nullish() });
export type UpdateTeamBody = z.infer<typeof UpdateTeamBody>;

export const DissolveTeamBody = z.object({ version: Version, dissolvedOn: IsoDate });
export type DissolveTeamBody = z.infer<typeof DissolveTeamBody>;

export const MediatorInput = z.object({
  version: Version.describe('the team’s version: mediators are edited under the team’s lock'),
  fullName: Name,
  gender: Gender,
  role: MediatorRole.default('member'),
  ethnicMinority: z.string().trim().max(100).nullish().describe('ethnic group when a minority, e.g. "Tày"'),
  joinedOn: IsoDate.nullish(),
});
export type MediatorInput = z.infer<typeof MediatorInput>;

export const MediatorLeaveBody = z.object({ version: Version, leftOn: IsoDate });
export type MediatorLeaveBody = z.infer<typeof MediatorLeaveBody>;

export const MediatorParams = z.object({
  id: z.coerce.number().int().positive(),
  mediatorId: z.coerce.number().int().positive(),
});

export const ListTeamsQuery = PageQuery.extend({
  unitId: z.coerce.number().int().positive().optional().describe('this unit and its subtree'),
  q: z.string().trim().max(200).optional().describe('part of the team name'),
  dissolved: z.enum(['true', 'false', 'all']).default('false'),
});
export type ListTeamsQuery = z.infer<typeof ListTeamsQuery>;

export const MediatorView = z.object({
  id: z.number().int(),
  fullName: z.string(),
  gender: Gender,
  role: MediatorRole,
  ethnicMinority: z.string().nullable(),
  joinedOn: IsoDate.nullable(),
  leftOn: IsoDate.nullable(),
  active: z.boolean(),
});
export type MediatorView = z.infer<typeof MediatorView>;

export const TeamRow = z.object({
  id: z.number().int(),
  unit: UnitWithPath,
  name: z.string(),
  establishedOn: IsoDate.nullable(),
  dissolvedOn: IsoDate.nullable(),
  activeMediators: z.number().int(),
  women: z.number().int(),
  leaderName: z.string().nullable(),
  warnings: z.array(TeamWarning).describe('Art. 12 checks are unverified [U]: shown as warnings, never refused'),
});
export type TeamRow = z.infer<typeof TeamRow>;
export const TeamPage = pageOf(TeamRow);
export type TeamPage = z.infer<typeof TeamPage>;

export const TeamDetail = TeamRow.extend({
  version: z.number().int(),
  mediators: z.array(MediatorView),
  otherTeamsInArea: z.number().int(),
  can: z.object({ manage: z.boolean() }),
});
export type TeamDetail = z.infer<typeof TeamDetail>;

// ---- cases

export const Party = z.object({
  label: z.string().trim().min(1).max(50).describe('"Bên A", "Bên B"'),
  name: Name,
});
export type Party = z.infer<typeof Party>;

const Parties = z
  .array(Party.strict())
  .min(1, 'msg:mediation.partiesCount')
  .max(10, 'msg:mediation.partiesCount')
  .describe('1 to 10 parties, a label and a name only (no ID number, no address)');

export const CreateCaseBody = z.object({
  teamId: z.number().int().positive(),
  subject: z.string().trim().min(1).max(500),
  parties: Parties,
  receivedOn: IsoDate,
  startedOn: IsoDate.nullish(),
  mediatorIds: z.array(z.number().int().positive()).max(10).default([]),
  note: z.string().trim().max(2000).nullish(),
});
export type CreateCaseBody = z.infer<typeof CreateCaseBody>;

export const UpdateCaseBody = CreateCaseBody.omit({ teamId: true }).extend({ version: Version });
export type UpdateCaseBody = z.infer<typeof UpdateCaseBody>;

export const CloseCaseBody = z.object({
  version: Version,
  closedOn: IsoDate,
  outcome: Outcome.nullish().describe('required'),
  startedOn: IsoDate.nullish().describe('set it here when it was not recorded yet'),
  note: z.string().trim().max(2000).nullish(),
});
export type CloseCaseBody = z.infer<typeof CloseCaseBody>;

export const ListCasesQuery = PageQuery.extend({
  unitId: z.coerce.number().int().positive().optional(),
  teamId: z.coerce.number().int().positive().optional(),
  from: IsoDate.optional().describe('received on or after'),
  to: IsoDate.optional().describe('received on or before'),
  outcome: Outcome.optional(),
  open: z.enum(['true', 'false']).optional().describe('only cases not closed yet'),
});
export type ListCasesQuery = z.infer<typeof ListCasesQuery>;

export const CaseRow = z.object({
  id: z.number().int(),
  team: z.object({ id: z.number().int(), name: z.string() }),
  unit: UnitWithPath,
  subject: z.string(),
  partyCount: z.number().int(),
  receivedOn: IsoDate,
  startedOn: IsoDate.nullable(),
  closedOn: IsoDate.nullable(),
  outcome: Outcome.nullable(),
  lateStart: z.boolean().describe('not started within 3 days of receipt (Art. 16)'),
});
export type CaseRow = z.infer<typeof CaseRow>;
export const CasePage = pageOf(CaseRow);
export type CasePage = z.infer<typeof CasePage>;

export const CaseDetail = CaseRow.extend({
  parties: z.array(Party),
  mediators: z.array(z.object({ id: z.number().int(), fullName: z.string() })),
  note: z.string().nullable(),
  version: z.number().int(),
  can: z.object({ edit: z.boolean(), close: z.boolean() }),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

// ---- statistics

export const StatsQuery = z.object({
  unitId: z.coerce.number().int().positive().optional().describe('default: the user’s first unit'),
  from: IsoDate.optional().describe('default: 1 January of this year'),
  to: IsoDate.optional().describe('default: today'),
});
export type StatsQuery = z.infer<typeof StatsQuery>;

export const Figures = z.object({
  teams: z.number().int(),
  mediators: z.number().int(),
  women: z.number().int(),
  received: z.number().int(),
  succeeded: z.number().int(),
  failed: z.number().int(),
  withdrawn: z.number().int(),
  open: z.number().int().describe('received in the period and not closed by its end'),
  successRate: z.number().nullable().describe('succeeded / (succeeded + failed); null when none decided'),
});
export type Figures = z.infer<typeof Figures>;

export const MediationStats = z.object({
  unit: UnitRef,
  from: IsoDate,
  to: IsoDate,
  rateBasis: z
    .literal('succeeded / (succeeded + failed)')
    .describe('withdrawn cases are reported separately and left out of the rate'),
  total: Figures,
  children: z.array(Figures.extend({ unit: UnitRef })),
});
export type MediationStats = z.infer<typeof MediationStats>;
