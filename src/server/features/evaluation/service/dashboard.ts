import { sql } from 'drizzle-orm';
import { type Classification, classifications } from '../../../../common/criteria/schemas.ts';
import type { Counts, DashboardView, EvaluationStatus } from '../../../../common/evaluation/schemas.ts';
import type { Executor } from '../../../../db/client.ts';
import { evaluationStatuses } from '../../../../domain/evaluation/workflow.ts';
import type { Ctx } from '../../../context.ts';
import { notFound } from '../../../errors.ts';
import { authorize } from '../../../policy.ts';
import { getUnit, type UnitRow, unitRefsByIds } from '../../org-unit/queries.ts';
import { evaluatedUnitsFrom, lateSql, planRequiredSql } from '../evaluated-units.ts';
import { queryRows, todayOf } from '../queries.ts';
import { labelsFor } from './review-list.ts';

type Group = {
  child: string;
  status: EvaluationStatus;
  cls: Classification | null;
  titled: boolean;
  late: boolean;
  plan_required: boolean;
  has_plan: boolean;
  plan_overdue: boolean;
  n: string | number;
};

const emptyCounts = (): Counts => ({
  units: 0,
  byStatus: Object.fromEntries(evaluationStatuses.map((s) => [s, 0])) as Counts['byStatus'],
  byClass: Object.fromEntries(classifications.map((c) => [c, 0])) as Counts['byClass'],
  decided: 0,
  titleHolders: 0,
  late: 0,
  plansRequired: 0,
  plansMissing: 0,
  plansOverdue: 0,
});

function add(c: Counts, g: Group) {
  const n = Number(g.n);
  c.units += n;
  c.byStatus[g.status] += n;
  if (g.status === 'decided' && g.cls) {
    c.byClass[g.cls] += n;
    c.decided += n;
  }
  if (g.titled) c.titleHolders += n;
  if (g.late) c.late += n;
  if (g.plan_required) {
    c.plansRequired += n;
    if (!g.has_plan) c.plansMissing += n;
  }
  if (g.plan_overdue) c.plansOverdue += n;
}

/**
 * One grouped query per year: counts of the evaluated units under the unit by
 * child (the first path segment below it), status, decided class, title, lateness and plan.
 */
async function groups(db: Executor, root: UnitRow, year: number, today: string) {
  return queryRows<Group>(
    db,
    sql`select split_part(substr(u.path, ${root.path.length + 1}), '/', 1) as child,
          coalesce(e.status::text, 'notStarted') as status, e.decided_classification as cls,
          (s.id is not null) as titled, ${lateSql(today)} as late,
          coalesce(${planRequiredSql}, false) as plan_required, (rp.id is not null) as has_plan,
          coalesce(rp.status = 'open' and rp.due_date < ${today}::date, false) as plan_overdue,
          count(*) as n
        ${evaluatedUnitsFrom({ rootPath: root.path, rootId: root.id, year, childrenOnly: false })}
        group by 1, 2, 3, 4, 5, 6, 7, 8`,
  );
}

function totals(rows: Group[]) {
  const all = emptyCounts();
  const byChild = new Map<number, Counts>();
  for (const g of rows) {
    add(all, g);
    const id = Number(g.child);
    if (!byChild.has(id)) byChild.set(id, emptyCounts());
    add(byChild.get(id)!, g);
  }
  return { all, byChild };
}

/** Figures of a unit's subtree for a year, the previous year beside them, and each child for drill-down. */
export async function getDashboard(ctx: Ctx, q: { unitId: number; year: number }): Promise<DashboardView> {
  const root = await getUnit(ctx.db, q.unitId);
  if (!root) throw notFound();
  authorize(ctx.actor, 'evaluation.read', root);
  const today = todayOf(ctx.clock.now());
  const [current, previous, labels] = await Promise.all([
    groups(ctx.db, root, q.year, today),
    groups(ctx.db, root, q.year - 1, today),
    labelsFor(ctx.db, root.path, q.year),
  ]);
  const now = totals(current);
  const before = totals(previous);
  const refs = await unitRefsByIds(ctx.db, [...now.byChild.keys()]);
  const children = [...now.byChild.entries()]
    .map(([id, counts]) => ({ unit: refs.get(id)!, counts, evaluated: counts.units > 0 }))
    .filter((c) => c.unit)
    .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'));
  return {
    unit: { id: root.id, code: root.code, name: root.name, level: root.level, kind: root.kind },
    year: q.year,
    labels,
    current: now.all,
    previous: previous.length ? before.all : null,
    children,
  };
}
