import { z } from 'zod';
import { Classification } from '../criteria/schemas.ts';
import { UnitRef } from '../org-unit/schemas.ts';
import { IsoDate, PageQuery, pageOf } from '../page.ts';

/**
 * Remediation plans (kế hoạch khắc phục): every unit decided Average or Weak
 * files one, with a due date, the steering-committee member responsible and
 * its actions. A plan is overdue while open past its due date, or while one of
 * its open actions is past its own.
 */

export const PlanStatus = z.enum(['open', 'completed']);
export type PlanStatus = z.infer<typeof PlanStatus>;
export const ActionStatus = z.enum(['todo', 'inProgress', 'done']);
export type ActionStatus = z.infer<typeof ActionStatus>;

const Text = z.string().trim().min(1).max(2000);
const Name = z.string().trim().min(1).max(200);
const Optional = (max: number) => z.string().trim().max(max).optional();
const MemberId = z
  .number()
  .int()
  .positive()
  .describe('the CommitteeMember responsible: active, of a committee at or above the plan unit');

export const NewAction = z.object({
  text: Text,
  dueDate: IsoDate.nullish(),
});

export const CreatePlanBody = z.object({
  unitId: z.number().int().positive(),
  year: z.number().int().min(2000).max(2100),
  dueDate: IsoDate.describe('the whole plan is carried out by this date'),
  responsibleMemberId: MemberId.nullish(),
  responsibleName: Name.optional().describe('free text, when no member is linked; filled from the member otherwise'),
  responsiblePosition: Optional(200),
  summary: Optional(4000),
  actions: z.array(NewAction).min(1, 'msg:remediation.actionsRequired').max(50),
});
export type CreatePlanBody = z.infer<typeof CreatePlanBody>;

export const ActionInput = NewAction.extend({
  id: z.number().int().positive().optional().describe('absent for a new action; an omitted existing action is removed'),
  status: ActionStatus,
  progress: Optional(2000),
});
export type ActionInput = z.infer<typeof ActionInput>;

export const UpdatePlanBody = z.object({
  version: z.number().int(),
  dueDate: IsoDate.optional(),
  responsibleMemberId: MemberId.nullish().describe('absent keeps the link; null unlinks (free text again)'),
  responsibleName: Name.optional(),
  responsiblePosition: Optional(200),
  summary: Optional(4000),
  actions: z.array(ActionInput).min(1, 'msg:remediation.actionsRequired').max(50),
});
export type UpdatePlanBody = z.infer<typeof UpdatePlanBody>;

export const CompletePlanBody = z.object({ version: z.number().int() });

export const ListPlansQuery = PageQuery.extend({
  unitId: z.coerce.number().int().positive().optional().describe('limit to this unit and its subtree'),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: PlanStatus.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  /** list the decided Average/Weak results that have no plan yet instead */
  missing: z.enum(['true', 'false']).optional(),
});
export type ListPlansQuery = z.infer<typeof ListPlansQuery>;

const UnitWithPath = UnitRef.extend({ pathNames: z.array(z.string()) });

const ClassView = {
  classification: Classification,
  /** the criteria set's wording of the class ("Trung bình") */
  classificationLabel: z.string(),
};

export const PlanRow = z.object({
  id: z.number().int(),
  evaluationId: z.number().int(),
  unit: UnitWithPath,
  year: z.number().int(),
  ...ClassView,
  dueDate: IsoDate,
  responsibleMemberId: z.number().int().nullable(),
  responsibleName: z.string(),
  responsiblePosition: z.string().nullable(),
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
  status: PlanStatus,
  overdue: z.boolean(),
});
export type PlanRow = z.infer<typeof PlanRow>;

export const MissingRow = z.object({
  evaluationId: z.number().int(),
  unit: UnitWithPath,
  year: z.number().int(),
  ...ClassView,
  decisionNumber: z.string().nullable(),
  decisionDate: IsoDate.nullable(),
});
export type MissingRow = z.infer<typeof MissingRow>;

export const PlanPage = pageOf(PlanRow).extend({ kind: z.literal('plans') });
export type PlanPage = z.infer<typeof PlanPage>;
export const MissingPage = pageOf(MissingRow).extend({ kind: z.literal('missing') });
export type MissingPage = z.infer<typeof MissingPage>;
export const PlanListPage = z.discriminatedUnion('kind', [PlanPage, MissingPage]);
export type PlanListPage = z.infer<typeof PlanListPage>;

export const ActionView = z.object({
  id: z.number().int(),
  position: z.number().int(),
  text: z.string(),
  dueDate: IsoDate.nullable(),
  status: ActionStatus,
  progress: z.string().nullable(),
  overdue: z.boolean(),
});
export type ActionView = z.infer<typeof ActionView>;

export const PlanDetail = PlanRow.extend({
  summary: z.string().nullable(),
  completedAt: IsoDate.nullable(),
  version: z.number().int(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: z.array(ActionView),
  can: z.object({ edit: z.boolean(), complete: z.boolean() }),
});
export type PlanDetail = z.infer<typeof PlanDetail>;

/** What the score sheet's panel needs: is a plan required, and the plan if filed. */
export const UnitPlanView = z.object({
  unitId: z.number().int(),
  year: z.number().int(),
  required: z.boolean(),
  evaluationId: z.number().int().nullable(),
  classification: Classification.nullable(),
  classificationLabel: z.string().nullable(),
  plan: PlanDetail.nullable(),
  can: z.object({ create: z.boolean() }),
});
export type UnitPlanView = z.infer<typeof UnitPlanView>;
