import { and, eq, sql } from 'drizzle-orm';
import type { EvaluatedUnitType } from '../../../../common/criteria/schemas.ts';
import { evaluatedUnitTypes } from '../../../../common/criteria/schemas.ts';
import type { CycleTarget, CycleView, OpenCycleBody, UpdateCycleBody } from '../../../../common/evaluation/schemas.ts';
import type { Executor } from '../../../../db/client.ts';
import { cycleTargets, evaluationCycles, evaluations } from '../../../../db/schema/index.ts';
import { addDays, onYear } from '../../../../domain/evaluation/deadlines.ts';
import { recordAudit } from '../../../audit.ts';
import type { Actor, Ctx } from '../../../context.ts';
import { AppError, conflict, notFound } from '../../../errors.ts';
import { type Lang, translate } from '../../../i18n/messages.ts';
import { authorize, can, scopePaths } from '../../../policy.ts';
import { getUnit, type UnitRow, unitRefsByIds } from '../../org-unit/queries.ts';
import {
  activeSetFor,
  type CycleRow,
  overlappingCycles,
  queryRows,
  type SetRow,
  setsByIds,
  targetsOf,
} from '../queries.ts';

/** Who decides by default: the commune on its areas and institutions, the province on communes and districts. */
const defaultDecisionLevel: Record<EvaluatedUnitType, 'parent' | 'province'> = {
  residentialArea: 'parent',
  commune: 'province',
  district: 'province',
  agency: 'parent',
  enterprise: 'parent',
  school: 'parent',
};

/**
 * Days between the unit's submission and the level's completion deadline.
 * Not from a regulation (QĐ 510 fixes only the completion date): a default
 * each province edits when it opens the year.
 */
const SUBMIT_DAYS_BEFORE = 10;

/** Districts were abolished on 1/7/2025: later years do not score them. */
const typesFor = (year: number) => evaluatedUnitTypes.filter((t) => t !== 'district' || year < 2025);

async function defaultTargets(db: Executor, unit: UnitRow, year: number): Promise<CycleTarget[]> {
  const targets: CycleTarget[] = [];
  for (const unitType of typesFor(year)) {
    const set = await activeSetFor(db, 'movement', unitType, unit.path);
    if (set?.definition.kind !== 'movement') continue;
    const safety = await activeSetFor(db, 'safety', unitType, unit.path);
    const decideBy = onYear(year, set.definition.decideBy);
    targets.push({
      unitType,
      criteriaSetId: set.id,
      safetySetId: safety?.id ?? null,
      submitBy: addDays(decideBy, -SUBMIT_DAYS_BEFORE),
      decideBy,
      decisionLevel: defaultDecisionLevel[unitType],
    });
  }
  return targets;
}

/** Each target must name an active set of the right kind that applies to its unit type. */
async function checkTargets(db: Executor, lang: Lang, targets: CycleTarget[], year: number) {
  const sets = await setsByIds(
    db,
    targets.flatMap((t) => [t.criteriaSetId, t.safetySetId ?? t.criteriaSetId]),
  );
  const fields: { path: string; message: string }[] = [];
  const problem = (i: number, field: string, key: string) =>
    fields.push({ path: `targets.${i}.${field}`, message: translate(key, lang, { year }) });
  const seen = new Set<string>();
  targets.forEach((t, i) => {
    if (seen.has(t.unitType)) problem(i, 'unitType', 'evaluation.targetDuplicate');
    seen.add(t.unitType);
    const fits = (s: SetRow | undefined, kind: string) =>
      !!s && s.kind === kind && s.status !== 'draft' && s.appliesTo.includes(t.unitType);
    if (!fits(sets.get(t.criteriaSetId), 'movement')) problem(i, 'criteriaSetId', 'evaluation.targetSet');
    if (t.safetySetId !== null && !fits(sets.get(t.safetySetId), 'safety'))
      problem(i, 'safetySetId', 'evaluation.targetSet');
    if (t.submitBy > t.decideBy) problem(i, 'submitBy', 'evaluation.submitAfterDecide');
    if (!t.decideBy.startsWith(String(year)) && !t.decideBy.startsWith(String(year + 1)))
      problem(i, 'decideBy', 'evaluation.deadlineYear');
  });
  if (fields.length) throw new AppError(422, 'evaluation.targetsInvalid', {}, { fields });
}

async function presentCycle(db: Executor, actor: Actor, c: CycleRow): Promise<CycleView> {
  const targets = await targetsOf(db, [c.id]);
  const [sets, refs] = await Promise.all([
    setsByIds(
      db,
      targets.flatMap((t) => [t.criteriaSetId, t.safetySetId ?? t.criteriaSetId]),
    ),
    unitRefsByIds(db, [c.unitId]),
  ]);
  const mayEdit = can(actor, 'evaluation.open', c.unitPath);
  return {
    id: c.id,
    unit: refs.get(c.unitId)!,
    year: c.year,
    status: c.status,
    version: c.version,
    targets: targets.map((t) => ({
      unitType: t.unitType as EvaluatedUnitType,
      criteriaSetId: t.criteriaSetId,
      safetySetId: t.safetySetId,
      submitBy: t.submitBy,
      decideBy: t.decideBy,
      decisionLevel: t.decisionLevel as 'parent' | 'province',
      criteriaSetName: sets.get(t.criteriaSetId)?.name ?? '',
      criteriaSetProvenance: sets.get(t.criteriaSetId)?.definition.provenance ?? 'sample',
      safetySetName: t.safetySetId ? (sets.get(t.safetySetId)?.name ?? null) : null,
    })),
    can: { edit: mayEdit && c.status === 'open', close: mayEdit && c.status === 'open' },
  };
}

/** Years visible to the actor: opened above their units or inside them. */
export async function listCycles(ctx: Ctx, year?: number): Promise<CycleView[]> {
  const paths = scopePaths(ctx.actor, 'evaluation.read');
  if (paths.length === 0) return [];
  const visible = sql.join(
    paths.map(
      (p) => sql`(${p} like ${evaluationCycles.unitPath} || '%' or ${evaluationCycles.unitPath} like ${`${p}%`})`,
    ),
    sql` or `,
  );
  const rows = await ctx.db
    .select()
    .from(evaluationCycles)
    .where(and(sql`(${visible})`, year ? eq(evaluationCycles.year, year) : undefined))
    .orderBy(sql`${evaluationCycles.year} desc`, evaluationCycles.unitPath);
  return Promise.all(rows.map((r) => presentCycle(ctx.db, ctx.actor, r)));
}

export async function getCycle(ctx: Ctx, id: number): Promise<CycleView> {
  const [c] = await ctx.db.select().from(evaluationCycles).where(eq(evaluationCycles.id, id));
  if (!c) throw notFound();
  const reach = scopePaths(ctx.actor, 'evaluation.read');
  if (!reach.some((p) => p.startsWith(c.unitPath) || c.unitPath.startsWith(p))) throw notFound();
  return presentCycle(ctx.db, ctx.actor, c);
}

/** Opens a year for a province (or the country) with the sets and deadlines that apply. */
export async function openCycle(ctx: Ctx, body: OpenCycleBody): Promise<CycleView> {
  return ctx.db.transaction(async (tx) => {
    const unit = await getUnit(tx, body.unitId);
    if (!unit) throw notFound();
    authorize(ctx.actor, 'evaluation.open', unit);
    if (unit.level !== 'province' && unit.level !== 'national')
      throw new AppError(422, 'evaluation.cycleUnitLevel', { name: unit.name });
    const clash = await overlappingCycles(tx, unit.path, body.year);
    if (clash.length) throw new AppError(409, 'evaluation.cycleExists', { year: body.year });
    const targets = body.targets ?? (await defaultTargets(tx, unit, body.year));
    if (targets.length === 0) throw new AppError(422, 'evaluation.noActiveSets');
    await checkTargets(tx, ctx.lang, targets, body.year);
    const [cycle] = await tx
      .insert(evaluationCycles)
      .values({ unitId: unit.id, unitPath: unit.path, year: body.year, openedBy: ctx.actor.id })
      .returning();
    await tx.insert(cycleTargets).values(targets.map((t) => ({ ...t, cycleId: cycle!.id })));
    await recordAudit(tx, {
      action: 'evaluation.cycleOpened',
      actor: ctx.actor,
      unit,
      targetType: 'evaluationCycle',
      targetId: cycle!.id,
      after: { year: body.year, targets },
      ip: ctx.ip,
    });
    return presentCycle(tx, ctx.actor, cycle!);
  });
}

/** Locks a year for a change by its province: it must be open and at the version the client saw. */
async function lockOpenCycle(tx: Executor, ctx: Ctx, id: number, version: number): Promise<CycleRow> {
  const [c] = await tx.select().from(evaluationCycles).where(eq(evaluationCycles.id, id)).for('update');
  if (!c) throw notFound();
  authorize(ctx.actor, 'evaluation.open', { path: c.unitPath });
  if (c.version !== version) throw conflict('evaluation.cycleStale', await presentCycle(tx, ctx.actor, c));
  if (c.status !== 'open') throw new AppError(409, 'evaluation.cycleClosed', { year: c.year });
  return c;
}

/** Changes deadlines (any time) and sets (only for unit types no sheet has used yet). */
export async function updateCycle(ctx: Ctx, id: number, body: UpdateCycleBody): Promise<CycleView> {
  return ctx.db.transaction(async (tx) => {
    const c = await lockOpenCycle(tx, ctx, id, body.version);
    await checkTargets(tx, ctx.lang, body.targets, c.year);
    const before = await targetsOf(tx, [c.id]);
    const used = await tx
      .selectDistinct({ unitType: evaluations.unitType, setId: evaluations.criteriaSetId })
      .from(evaluations)
      .where(eq(evaluations.cycleId, c.id));
    for (const t of body.targets) {
      const clash = used.find((u) => u.unitType === t.unitType && u.setId !== t.criteriaSetId);
      if (clash) throw new AppError(409, 'evaluation.setInUse', { unitType: t.unitType });
    }
    const kept = body.targets.map((t) => t.unitType);
    const dropped = before.filter(
      (b) => !kept.includes(b.unitType as EvaluatedUnitType) && used.some((u) => u.unitType === b.unitType),
    );
    if (dropped.length) throw new AppError(409, 'evaluation.setInUse', { unitType: dropped[0]!.unitType });
    await tx.delete(cycleTargets).where(eq(cycleTargets.cycleId, c.id));
    await tx.insert(cycleTargets).values(body.targets.map((t) => ({ ...t, cycleId: c.id })));
    const [after] = await tx
      .update(evaluationCycles)
      .set({ version: c.version + 1, updatedAt: sql`now()` })
      .where(eq(evaluationCycles.id, c.id))
      .returning();
    await recordAudit(tx, {
      action: 'evaluation.cycleUpdated',
      actor: ctx.actor,
      unit: { id: c.unitId, path: c.unitPath },
      targetType: 'evaluationCycle',
      targetId: c.id,
      before,
      after: body.targets,
      ip: ctx.ip,
    });
    return presentCycle(tx, ctx.actor, after!);
  });
}

/**
 * Ends a year: no sheet of it changes afterwards. Refused while a decided
 * Average or Weak unit still has no remediation plan, since the plan is
 * mandatory for those results.
 */
export async function closeCycle(ctx: Ctx, id: number, version: number): Promise<CycleView> {
  return ctx.db.transaction(async (tx) => {
    const c = await lockOpenCycle(tx, ctx, id, version);
    const [missing] = await queryRows<{ n: string | number }>(
      tx,
      sql`select count(*) as n from evaluations e
          left join remediation_plans rp on rp.evaluation_id = e.id
          where e.cycle_id = ${c.id} and e.status = 'decided'
            and e.decided_classification in ('average', 'weak') and rp.id is null`,
    );
    if (Number(missing?.n ?? 0) > 0)
      throw new AppError(409, 'evaluation.plansMissing', { count: Number(missing!.n), year: c.year });
    const [after] = await tx
      .update(evaluationCycles)
      .set({ status: 'closed', version: c.version + 1, updatedAt: sql`now()` })
      .where(eq(evaluationCycles.id, c.id))
      .returning();
    await recordAudit(tx, {
      action: 'evaluation.cycleClosed',
      actor: ctx.actor,
      unit: { id: c.unitId, path: c.unitPath },
      targetType: 'evaluationCycle',
      targetId: c.id,
      before: { status: c.status },
      after: { status: 'closed' },
      ip: ctx.ip,
    });
    return presentCycle(tx, ctx.actor, after!);
  });
}
