import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { ListPlansQuery, PlanDetail, PlanListPage, UnitPlanView } from '../../../common/remediation/schemas.ts';
import { evaluations, orgUnits, remediationPlans } from '../../../db/schema/index.ts';
import type { Ctx } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { authorize, can, scopeWhere } from '../../policy.ts';
import { getUnit } from '../org-unit/queries.ts';
import { presentMissingRows, presentPlan, presentPlanRows } from './present.ts';
import { findMissing, findPlan, findPlans, overdueSql, planIdFor, requiringEvaluation } from './queries.ts';
import { vnToday } from './rules.ts';

/**
 * Plans under the actor's units (and under `unitId` when given), overdue ones
 * first; or, with `missing=true`, the decided Average/Weak results still
 * without a plan. Scoped on the unit's current path, so a moved unit's plans
 * follow it.
 */
export async function listPlans(ctx: Ctx, q: ListPlansQuery): Promise<PlanListPage> {
  const filters: SQL[] = [scopeWhere(orgUnits.path, ctx.actor, 'evaluation.read')];
  if (q.unitId) {
    const unit = await getUnit(ctx.db, q.unitId);
    if (!unit) throw notFound();
    authorize(ctx.actor, 'evaluation.read', unit);
    filters.push(sql`${orgUnits.path} like ${`${unit.path}%`}`);
  }
  const page = { page: q.page, pageSize: q.pageSize };
  if (q.missing === 'true') {
    if (q.year) filters.push(eq(evaluations.year, q.year));
    const { rows, total } = await findMissing(ctx.db, and(...filters)!, q.page, q.pageSize);
    return { kind: 'missing', items: await presentMissingRows(ctx.db, rows), total, ...page };
  }
  const today = vnToday(ctx.clock.now());
  if (q.year) filters.push(eq(remediationPlans.year, q.year));
  if (q.status) filters.push(eq(remediationPlans.status, q.status));
  if (q.overdue) filters.push(q.overdue === 'true' ? overdueSql(today) : sql`not ${overdueSql(today)}`);
  const { rows, total } = await findPlans(ctx.db, and(...filters)!, today, q.page, q.pageSize);
  return { kind: 'plans', items: await presentPlanRows(ctx.db, rows), total, ...page };
}

export async function getPlan(ctx: Ctx, id: number): Promise<PlanDetail> {
  const today = vnToday(ctx.clock.now());
  const row = await findPlan(ctx.db, id, today);
  if (!row) throw notFound();
  authorize(ctx.actor, 'evaluation.read', row.unit);
  return presentPlan(ctx.db, ctx.actor, row, today);
}

/** For the score sheet: must this unit file a plan for the year, and the plan if it has one. */
export async function getUnitPlan(ctx: Ctx, unitId: number, year: number): Promise<UnitPlanView> {
  const unit = await getUnit(ctx.db, unitId);
  if (!unit) throw notFound();
  authorize(ctx.actor, 'evaluation.read', unit);
  const today = vnToday(ctx.clock.now());
  const evaluation = await requiringEvaluation(ctx.db, unitId, year);
  const planId = await planIdFor(ctx.db, unitId, year);
  const row = planId ? await findPlan(ctx.db, planId, today) : undefined;
  return {
    unitId,
    year,
    required: !!evaluation,
    evaluationId: evaluation?.id ?? null,
    classification: evaluation?.classification ?? null,
    classificationLabel: evaluation ? (evaluation.label ?? evaluation.classification) : null,
    plan: row ? await presentPlan(ctx.db, ctx.actor, row, today) : null,
    can: { create: !!evaluation && !row && can(ctx.actor, 'remediation.manage', unit.path) },
  };
}
