import { z } from 'zod';
import { UnitRef } from '../org-unit/schemas.ts';
import { IsoDate } from '../page.ts';
import { optionalText, RegistryRecordBase, RegistryUnit, requiredText } from '../registry/schemas.ts';

/**
 * Steering Committees (Ban Chỉ đạo 138, REGULATIONS §5.3), their members and
 * the assignment of members to the units they are responsible for.
 */
export const MemberPosition = z.enum(['head', 'standingDeputy', 'deputy', 'member', 'secretary']);
export type MemberPosition = z.infer<typeof MemberPosition>;

/** A committee as forms and imports send it. */
export const SteeringCommitteeBody = z.object({
  name: requiredText(300, 'msg:steeringCommittee.nameRequired').describe(
    'as the establishing decision words it; names differ by province after 2025',
  ),
  establishedOn: IsoDate.describe('date of the establishing (or re-establishing) decision'),
  decisionNumber: optionalText(100),
});
export type SteeringCommitteeBody = z.infer<typeof SteeringCommitteeBody>;

export const SteeringCommitteeView = RegistryRecordBase.extend({
  name: z.string(),
  establishedOn: IsoDate,
  decisionNumber: z.string().nullable(),
  activeMembers: z.number().int(),
  head: z.string().nullable().describe('full name of the active head (Trưởng ban)'),
});
export type SteeringCommitteeView = z.infer<typeof SteeringCommitteeView>;

export const SteeringCommitteeFilters = {
  hasHead: z.enum(['true', 'false']).optional().describe('committees with / without an active head'),
};

/** A member as forms and the member import send it. */
export const CommitteeMemberBody = z.object({
  fullName: requiredText(200, 'msg:steeringCommittee.fullNameRequired'),
  position: MemberPosition,
  title: optionalText(200).describe('the title as the decision words it, e.g. "Phó Chủ tịch UBND phường"'),
  organization: optionalText(200).describe('e.g. "Công an phường", "Ủy ban MTTQ phường"'),
  phone: optionalText(30),
  joinedOn: IsoDate,
});
export type CommitteeMemberBody = z.infer<typeof CommitteeMemberBody>;

export const SaveMemberBody = CommitteeMemberBody.extend({
  version: z.number().int().describe('the committee version seen'),
});
export type SaveMemberBody = z.infer<typeof SaveMemberBody>;

export const LeaveMemberBody = z.object({
  version: z.number().int(),
  leftOn: IsoDate,
  reason: optionalText(500),
});
export type LeaveMemberBody = z.infer<typeof LeaveMemberBody>;

export const CommitteeMemberView = z.object({
  id: z.number().int(),
  committeeId: z.number().int(),
  fullName: z.string(),
  position: MemberPosition,
  title: z.string().nullable(),
  organization: z.string().nullable(),
  phone: z.string().nullable(),
  joinedOn: IsoDate,
  leftOn: IsoDate.nullable(),
  leftReason: z.string().nullable(),
});
export type CommitteeMemberView = z.infer<typeof CommitteeMemberView>;

export const AssignBody = z.object({
  version: z.number().int(),
  memberId: z.number().int().positive(),
  unitIds: z.array(z.number().int().positive()).min(1, 'msg:steeringCommittee.unitsRequired').max(200),
  assignedOn: IsoDate,
});
export type AssignBody = z.infer<typeof AssignBody>;

export const EndAssignmentBody = z.object({ version: z.number().int(), endedOn: IsoDate });
export type EndAssignmentBody = z.infer<typeof EndAssignmentBody>;

export const CommitteeAssignmentView = z.object({
  id: z.number().int(),
  memberId: z.number().int(),
  unit: RegistryUnit,
  assignedOn: IsoDate,
  endedOn: IsoDate.nullable(),
});
export type CommitteeAssignmentView = z.infer<typeof CommitteeAssignmentView>;

export const SteeringCommitteeDetail = SteeringCommitteeView.extend({
  members: z.array(CommitteeMemberView),
  assignments: z.array(CommitteeAssignmentView),
});
export type SteeringCommitteeDetail = z.infer<typeof SteeringCommitteeDetail>;

export const UnitQuery = z.object({ unitId: z.coerce.number().int().positive() });

/** A member of a committee at or above a unit, as the remediation form offers them. */
export const ResponsibleCandidate = z.object({
  memberId: z.number().int(),
  fullName: z.string(),
  position: MemberPosition,
  title: z.string().nullable(),
  organization: z.string().nullable(),
  committee: z.object({ id: z.number().int(), name: z.string(), unit: UnitRef }),
  /** assigned to this very unit (the nearest such committee's member is the default) */
  assigned: z.boolean(),
});
export type ResponsibleCandidate = z.infer<typeof ResponsibleCandidate>;

export const Candidates = z.object({
  /** the member responsible for the unit: nearest committee with an active assignment to it */
  responsible: ResponsibleCandidate.nullable(),
  candidates: z.array(ResponsibleCandidate),
});
export type Candidates = z.infer<typeof Candidates>;

export const CoverageQuery = z.object({ unitId: z.coerce.number().int().positive().optional() });

/**
 * Assignment coverage of a subtree for the dashboard: per child unit, its
 * active units (the child and all below it) and how many of them have an
 * active responsible member. Committees and members per child come from /counts.
 */
export const Coverage = z.object({
  unit: UnitRef,
  units: z.number().int(),
  covered: z.number().int(),
  children: z.array(z.object({ unit: UnitRef, units: z.number().int(), covered: z.number().int() })),
});
export type Coverage = z.infer<typeof Coverage>;
