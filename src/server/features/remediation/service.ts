import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { CreatePlanBody, PlanDetail, UpdatePlanBody } from '../../../common/remediation/schemas.ts';
import type { Tx } from '../../../db/client.ts';
import { remediationActions, remediationPlans } from '../../../db/schema/index.ts';
import { recordAudit } from '../../audit.ts';
import type { Ctx } from '../../context.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { authorize } from '../../policy.ts';
import { getUnit } from '../org-unit/queries.ts';
import { presentPlan, snapshot } from './present.ts';
import { actionsOf, findPlan, lockPlan, type PlanRecord, planIdFor, requiringEvaluation } from './queries.ts';
import { resolveResponsible } from './responsible.ts';
import { actionAfterPlan, dmy, vnToday } from './rules.ts';

/**
 * Files the plan of a unit decided Average or Weak for the year. Refused
 * (422) when no such decision exists, 409 when the unit already has its plan.
 */
export async function createPlan(ctx: Ctx, body: CreatePlanBody): Promise<PlanDetail> {
  return ctx.db.transaction(async (tx) => {
    const unit = await getUnit(tx, body.unitId);
    if (!unit) throw notFound();
    authorize(ctx.actor, 'remediation.manage', unit);
    const evaluation = await requiringEvaluation(tx, unit.id, body.year);
    if (!evaluation) throw invalid('remediation.notRequired', { unit: unit.name, year: body.year });
    const today = vnToday(ctx.clock.now());
    const existing = await planIdFor(tx, unit.id, body.year);
    if (existing) throw conflict('remediation.exists', await current(tx, ctx, existing, today));
    assertDates(body.dueDate, today, body.actions);
    const responsible = await resolveResponsible(tx, unit, body);
    const [plan] = await tx
      .insert(remediationPlans)
      .values({
        evaluationId: evaluation.id,
        unitId: unit.id,
        unitPath: unit.path,
        year: body.year,
        dueDate: body.dueDate,
        ...responsible,
        summary: body.summary || null,
        createdBy: ctx.actor.id,
      })
      .onConflictDoNothing({ target: remediationPlans.evaluationId })
      .returning();
    if (!plan)
      throw conflict('remediation.exists', await current(tx, ctx, (await planIdFor(tx, unit.id, body.year))!, today));
    await tx
      .insert(remediationActions)
      .values(
        body.actions.map((a, i) => ({ planId: plan.id, position: i + 1, text: a.text, dueDate: a.dueDate ?? null })),
      );
    await recordAudit(tx, {
      action: 'remediation.created',
      actor: ctx.actor,
      unit,
      targetType: 'remediationPlan',
      targetId: plan.id,
      after: snapshot(plan, await actionsOf(tx, plan.id)),
      ip: ctx.ip,
    });
    return current(tx, ctx, plan.id, today);
  });
}

/**
 * Edits an open plan and its actions in one go: listed actions are updated or
 * added in the given order, existing ones left out are removed.
 */
export async function updatePlan(ctx: Ctx, id: number, body: UpdatePlanBody): Promise<PlanDetail> {
  return ctx.db.transaction(async (tx) => {
    const { plan, unit, today } = await writablePlan(tx, ctx, id, body.version);
    const before = snapshot(plan, await actionsOf(tx, id));
    const dueDate = body.dueDate ?? plan.dueDate;
    assertDates(dueDate, body.dueDate && body.dueDate !== plan.dueDate ? today : null, body.actions);
    const known = new Set(before.actions.map((a) => a.id));
    const stranger = body.actions.findIndex((a) => a.id !== undefined && !known.has(a.id));
    if (stranger >= 0) {
      const actionId = body.actions[stranger]!.id!;
      throw invalid('remediation.unknownAction', { id: actionId }, [
        { path: `body.actions.${stranger}.id`, message: 'msg:remediation.unknownAction' },
      ]);
    }
    const keep = body.actions.flatMap((a) => (a.id ? [a.id] : []));
    await tx
      .delete(remediationActions)
      .where(
        keep.length
          ? and(eq(remediationActions.planId, id), notInArray(remediationActions.id, keep))
          : eq(remediationActions.planId, id),
      );
    for (const [i, a] of body.actions.entries()) {
      const values = {
        position: i + 1,
        text: a.text,
        dueDate: a.dueDate ?? null,
        status: a.status,
        progress: a.progress || null,
        updatedAt: ctx.clock.now(),
      };
      if (a.id) await tx.update(remediationActions).set(values).where(eq(remediationActions.id, a.id));
      else await tx.insert(remediationActions).values({ ...values, planId: id });
    }
    const responsible = await resolveResponsible(tx, unit, body, plan);
    const after = await bump(tx, ctx, id, {
      dueDate,
      ...responsible,
      summary: body.summary === undefined ? plan.summary : body.summary || null,
    });
    await audit(tx, ctx, unit, after, before);
    return current(tx, ctx, id, today);
  });
}

/** Closes a plan whose actions are all done; names the open ones otherwise. */
export async function completePlan(ctx: Ctx, id: number, version: number): Promise<PlanDetail> {
  return ctx.db.transaction(async (tx) => {
    const { plan, unit, today } = await writablePlan(tx, ctx, id, version);
    const actions = await actionsOf(tx, id);
    const open = actions.filter((a) => a.status !== 'done');
    if (open.length) {
      const list = open.map((a) => `${a.position}. ${a.text}`).join('; ');
      throw invalid('remediation.openActions', { count: open.length, actions: list });
    }
    const after = await bump(tx, ctx, id, { status: 'completed', completedAt: today });
    await audit(tx, ctx, unit, after, snapshot(plan, actions), 'remediation.completed');
    return current(tx, ctx, id, today);
  });
}

/** Locks the plan; checks unit rights, the version (409 with the plan as it is) and that it is still open. */
async function writablePlan(tx: Tx, ctx: Ctx, id: number, version: number) {
  const plan = await lockPlan(tx, id);
  if (!plan) throw notFound();
  const unit = await getUnit(tx, plan.unitId);
  if (!unit) throw notFound();
  authorize(ctx.actor, 'remediation.manage', unit);
  const today = vnToday(ctx.clock.now());
  if (plan.version !== version) throw conflict('remediation.stale', await current(tx, ctx, id, today));
  if (plan.status !== 'open') throw invalid('remediation.completed', { date: dmy(plan.completedAt ?? '') });
  return { plan, unit, today };
}

/**
 * The plan's due date may not be in the past when it is set (`today` null
 * skips that, for an unchanged date), and no action may be due after the plan.
 */
function assertDates(dueDate: string, today: string | null, actions: { dueDate?: string | null }[]) {
  if (today && dueDate < today) {
    throw invalid('remediation.dueInPast', { date: dmy(dueDate) }, [
      { path: 'body.dueDate', message: 'msg:remediation.dueInPast' },
    ]);
  }
  const late = actionAfterPlan(dueDate, actions);
  if (late >= 0) {
    const date = actions[late]!.dueDate!;
    throw invalid('remediation.actionAfterPlan', { date: dmy(date), due: dmy(dueDate), n: late + 1 }, [
      { path: `body.actions.${late}.dueDate`, message: 'msg:remediation.actionAfterPlan' },
    ]);
  }
}

async function bump(tx: Tx, ctx: Ctx, id: number, set: Partial<PlanRecord>) {
  const [row] = await tx
    .update(remediationPlans)
    .set({ ...set, version: sql`${remediationPlans.version} + 1`, updatedAt: ctx.clock.now() })
    .where(eq(remediationPlans.id, id))
    .returning();
  return row!;
}

async function audit(
  tx: Tx,
  ctx: Ctx,
  unit: { id: number; path: string },
  after: PlanRecord,
  before: unknown,
  action: 'remediation.updated' | 'remediation.completed' = 'remediation.updated',
) {
  await recordAudit(tx, {
    action,
    actor: ctx.actor,
    unit,
    targetType: 'remediationPlan',
    targetId: after.id,
    before,
    after: snapshot(after, await actionsOf(tx, after.id)),
    ip: ctx.ip,
  });
}

async function current(tx: Tx, ctx: Ctx, id: number, today: string) {
  const row = await findPlan(tx, id, today);
  if (!row) throw notFound();
  return presentPlan(tx, ctx.actor, row, today);
}
