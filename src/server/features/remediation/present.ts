import type { MissingRow, PlanDetail, PlanRow } from '../../../common/remediation/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../context.ts';
import { can } from '../../policy.ts';
import { withPathNames } from '../org-unit/present.ts';
import { userNames } from '../safety/queries.ts';
import { type ActionRecord, actionsOf, type findMissing, type PlanListRow, type PlanRecord } from './queries.ts';
import { actionOverdue } from './rules.ts';

type UnitCols = PlanListRow['unit'];

export async function presentPlanRows(db: Executor, rows: PlanListRow[]): Promise<PlanRow[]> {
  const withPath = await withPathNames(
    db,
    rows.map((r) => r.unit),
  );
  return rows.map((r) => planRow(r, withPath));
}

function planRow(r: PlanListRow, withPath: Awaited<ReturnType<typeof withPathNames<UnitCols>>>): PlanRow {
  return {
    id: r.plan.id,
    evaluationId: r.plan.evaluationId,
    unit: withPath(r.unit),
    year: r.plan.year,
    classification: r.classification!,
    classificationLabel: r.label ?? r.classification!,
    dueDate: r.plan.dueDate,
    responsibleMemberId: r.plan.responsibleMemberId,
    responsibleName: r.plan.responsibleName,
    responsiblePosition: r.plan.responsiblePosition,
    progress: { done: Number(r.done), total: Number(r.total) },
    status: r.plan.status,
    overdue: r.overdue === true,
  };
}

type MissingListRow = Awaited<ReturnType<typeof findMissing>>['rows'][number];

export async function presentMissingRows(db: Executor, rows: MissingListRow[]): Promise<MissingRow[]> {
  const withPath = await withPathNames(
    db,
    rows.map((r) => r.unit),
  );
  return rows.map((r) => ({
    evaluationId: r.evaluation.id,
    unit: withPath(r.unit),
    year: r.evaluation.year,
    classification: r.classification!,
    classificationLabel: r.label ?? r.classification!,
    decisionNumber: r.evaluation.decisionNumber,
    decisionDate: r.evaluation.decisionDate,
  }));
}

/** The plan with its actions, each action's overdue flag and what the actor may do. */
export async function presentPlan(db: Executor, actor: Actor, row: PlanListRow, today: string): Promise<PlanDetail> {
  const withPath = await withPathNames(db, [row.unit]);
  const actions = await actionsOf(db, row.plan.id);
  const names = await userNames(db, [row.plan.createdBy]);
  const edit = row.plan.status === 'open' && can(actor, 'remediation.manage', row.unit.path);
  return {
    ...planRow(row, withPath),
    summary: row.plan.summary,
    completedAt: row.plan.completedAt,
    version: row.plan.version,
    createdBy: row.plan.createdBy ? (names.get(row.plan.createdBy) ?? null) : null,
    createdAt: row.plan.createdAt.toISOString(),
    updatedAt: row.plan.updatedAt.toISOString(),
    actions: actions.map((a) => ({
      id: a.id,
      position: a.position,
      text: a.text,
      dueDate: a.dueDate,
      status: a.status,
      progress: a.progress,
      overdue: row.plan.status === 'open' && actionOverdue(a, today),
    })),
    can: { edit, complete: edit },
  };
}

/** What the audit log keeps of a plan. */
export function snapshot(p: PlanRecord, actions: ActionRecord[]) {
  return {
    dueDate: p.dueDate,
    responsibleMemberId: p.responsibleMemberId,
    responsibleName: p.responsibleName,
    responsiblePosition: p.responsiblePosition,
    summary: p.summary,
    status: p.status,
    completedAt: p.completedAt,
    version: p.version,
    actions: actions.map((a) => ({
      id: a.id,
      text: a.text,
      dueDate: a.dueDate,
      status: a.status,
      progress: a.progress,
    })),
  };
}
