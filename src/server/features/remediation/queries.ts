import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Classification } from '../../../common/criteria/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { criteriaSets, evaluations, orgUnits, remediationActions, remediationPlans } from '../../../db/schema/index.ts';

export type PlanRecord = typeof remediationPlans.$inferSelect;
export type ActionRecord = typeof remediationActions.$inferSelect;

/** Classes that must file a plan (Decision 510: the result decides remedial measures). */
export const planClasses = ['average', 'weak'] as const satisfies readonly Classification[];

/** Open and past its due date, or with an open action past its own (`today` is Vietnam's date). */
export const overdueSql = (today: string) =>
  sql<boolean>`(${remediationPlans.status} = 'open' and (${remediationPlans.dueDate} < ${today}::date or exists (
    select 1 from ${remediationActions} oa
     where oa.plan_id = ${remediationPlans.id} and oa.status <> 'done' and oa.due_date < ${today}::date)))`;

const doneSql = sql<number>`(select count(*) from ${remediationActions} da where da.plan_id = ${remediationPlans.id} and da.status = 'done')::int`;
const totalSql = sql<number>`(select count(*) from ${remediationActions} ta where ta.plan_id = ${remediationPlans.id})::int`;

/** The criteria set's wording of the decided class ("Trung bình"). */
export const classLabelSql = sql<string>`(${criteriaSets.definition} -> 'classification' -> 'labels' ->> (${evaluations.decidedClassification}::text))`;

/** A decided result needing a plan: `decided` and Average or Weak. */
export const requiresPlan = and(
  eq(evaluations.status, 'decided'),
  inArray(evaluations.decidedClassification, [...planClasses]),
)!;

const unitCols = {
  id: orgUnits.id,
  code: orgUnits.code,
  name: orgUnits.name,
  level: orgUnits.level,
  kind: orgUnits.kind,
  path: orgUnits.path,
};

/** Plans with their unit, class, progress and overdue flag; `where` may use plan, evaluation and unit columns. */
export async function findPlans(db: Executor, where: SQL, today: string, page: number, pageSize: number) {
  const overdue = overdueSql(today);
  const base = db
    .select({
      plan: remediationPlans,
      unit: unitCols,
      classification: evaluations.decidedClassification,
      label: classLabelSql,
      done: doneSql,
      total: totalSql,
      overdue,
    })
    .from(remediationPlans)
    .innerJoin(evaluations, eq(evaluations.id, remediationPlans.evaluationId))
    .innerJoin(criteriaSets, eq(criteriaSets.id, evaluations.criteriaSetId))
    .innerJoin(orgUnits, eq(orgUnits.id, remediationPlans.unitId));
  const rows = await base
    .where(where)
    .orderBy(desc(overdue), asc(remediationPlans.dueDate), asc(remediationPlans.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [n] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(remediationPlans)
    .innerJoin(evaluations, eq(evaluations.id, remediationPlans.evaluationId))
    .innerJoin(orgUnits, eq(orgUnits.id, remediationPlans.unitId))
    .where(where);
  return { rows, total: Number(n?.n ?? 0) };
}

export type PlanListRow = Awaited<ReturnType<typeof findPlans>>['rows'][number];

/** Decided Average/Weak results with no plan yet: the "required but not filed" list. */
export async function findMissing(db: Executor, where: SQL, page: number, pageSize: number) {
  const filter = and(requiresPlan, isNull(remediationPlans.id), where);
  const rows = await db
    .select({
      evaluation: {
        id: evaluations.id,
        year: evaluations.year,
        decisionNumber: evaluations.decisionNumber,
        decisionDate: evaluations.decisionDate,
      },
      unit: unitCols,
      classification: evaluations.decidedClassification,
      label: classLabelSql,
    })
    .from(evaluations)
    .innerJoin(orgUnits, eq(orgUnits.id, evaluations.unitId))
    .innerJoin(criteriaSets, eq(criteriaSets.id, evaluations.criteriaSetId))
    .leftJoin(remediationPlans, eq(remediationPlans.evaluationId, evaluations.id))
    .where(filter)
    .orderBy(asc(evaluations.decisionDate), asc(orgUnits.searchName), asc(evaluations.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [n] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(evaluations)
    .innerJoin(orgUnits, eq(orgUnits.id, evaluations.unitId))
    .leftJoin(remediationPlans, eq(remediationPlans.evaluationId, evaluations.id))
    .where(filter);
  return { rows, total: Number(n?.n ?? 0) };
}

/** One plan by id with the same columns as a list row. */
export async function findPlan(db: Executor, id: number, today: string) {
  const { rows } = await findPlans(db, eq(remediationPlans.id, id), today, 1, 1);
  return rows[0];
}

export async function lockPlan(tx: Executor, id: number) {
  const [p] = await tx.select().from(remediationPlans).where(eq(remediationPlans.id, id)).for('update');
  return p;
}

export async function actionsOf(db: Executor, planId: number): Promise<ActionRecord[]> {
  return db
    .select()
    .from(remediationActions)
    .where(eq(remediationActions.planId, planId))
    .orderBy(asc(remediationActions.position), asc(remediationActions.id));
}

/** The unit's decided result for the year that requires a plan, if any (the latest decision wins). */
export async function requiringEvaluation(db: Executor, unitId: number, year: number) {
  const [e] = await db
    .select({
      id: evaluations.id,
      classification: evaluations.decidedClassification,
      label: classLabelSql,
    })
    .from(evaluations)
    .innerJoin(criteriaSets, eq(criteriaSets.id, evaluations.criteriaSetId))
    .where(and(eq(evaluations.unitId, unitId), eq(evaluations.year, year), requiresPlan))
    .orderBy(desc(evaluations.decidedAt), desc(evaluations.id))
    .limit(1);
  return e;
}

/** The plan filed for a unit and year, whatever result it was filed for. */
export async function planIdFor(db: Executor, unitId: number, year: number) {
  const [p] = await db
    .select({ id: remediationPlans.id })
    .from(remediationPlans)
    .where(and(eq(remediationPlans.unitId, unitId), eq(remediationPlans.year, year)))
    .orderBy(desc(remediationPlans.id))
    .limit(1);
  return p?.id;
}

export type PlanState = { planId: number; overdue: boolean };

/**
 * For other features (the score sheet, the review list, dashboards): the plan
 * filed for each evaluation and whether it is overdue on `today` (Vietnam's
 * date of the app clock, e.g. `vnToday(ctx.clock.now())`). Evaluations
 * without a plan are absent from the map. One query whatever the number of ids.
 */
export async function planStateFor(
  db: Executor,
  evaluationIds: number[],
  today: string,
): Promise<Map<number, PlanState>> {
  const ids = [...new Set(evaluationIds)];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ evaluationId: remediationPlans.evaluationId, planId: remediationPlans.id, overdue: overdueSql(today) })
    .from(remediationPlans)
    .where(inArray(remediationPlans.evaluationId, ids));
  return new Map(rows.map((r) => [r.evaluationId, { planId: r.planId, overdue: r.overdue === true }]));
}
