import { sql } from 'drizzle-orm';
import type { Classification, EvaluatedUnitType } from '../../../../common/criteria/schemas.ts';
import type {
  EvaluationStatus,
  ReviewListQuery,
  ReviewPage,
  ReviewRow,
} from '../../../../common/evaluation/schemas.ts';
import type { UnitKind, UnitLevel } from '../../../../common/org-unit/schemas.ts';
import type { Executor } from '../../../../db/client.ts';
import { evaluationCycles } from '../../../../db/schema/index.ts';
import { escapeLike, foldText } from '../../../../domain/text.ts';
import type { Ctx } from '../../../context.ts';
import { notFound } from '../../../errors.ts';
import { authorize } from '../../../policy.ts';
import { withPathNames } from '../../org-unit/present.ts';
import { getUnit } from '../../org-unit/queries.ts';
import { evaluatedUnitsFrom, lateSql, planRequiredSql } from '../evaluated-units.ts';
import { queryRows, setsByIds, targetsOf, todayOf } from '../queries.ts';

type Row = {
  id: number;
  code: string | null;
  name: string;
  level: UnitLevel | null;
  kind: UnitKind;
  path: string;
  unit_type: EvaluatedUnitType;
  evaluation_id: number | null;
  status: EvaluationStatus;
  self_total: string | number | null;
  total: string | number | null;
  classification: Classification | null;
  decided_classification: Classification | null;
  submit_by: string;
  extension_until: string | null;
  submitted_at: string | Date | null;
  late: boolean;
  titled: boolean;
  plan_required: boolean;
  plan_id: number | null;
  full_count?: string | number;
};

const num = (v: string | number | null) => (v === null ? null : Number(v));
const dateOf = (v: string | Date | null) =>
  v === null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);

function filters(q: Pick<ReviewListQuery, 'status' | 'late' | 'q'>, today: string) {
  const parts = [];
  if (q.status) parts.push(sql`and coalesce(e.status::text, 'notStarted') = ${q.status}`);
  if (q.late === 'true') parts.push(sql`and ${lateSql(today)}`);
  if (q.late === 'false') parts.push(sql`and not ${lateSql(today)}`);
  if (q.q) parts.push(sql`and u.search_name like ${`%${escapeLike(foldText(q.q))}%`}`);
  return sql.join(parts, sql` `);
}

async function selectRows(
  db: Executor,
  p: { rootPath: string; rootId: number; year: number; childrenOnly: boolean },
  where: ReturnType<typeof filters>,
  today: string,
  page?: { limit: number; offset: number },
) {
  return queryRows<Row>(
    db,
    sql`select u.id, u.code, u.name, u.level, u.kind, u.path,
          case when u.kind <> 'administrative' then u.kind::text else u.level::text end as unit_type,
          e.id as evaluation_id, coalesce(e.status::text, 'notStarted') as status,
          e.self_total, e.total, e.classification, e.decided_classification,
          t.submit_by::text as submit_by, e.extension_until::text as extension_until, e.submitted_at,
          ${lateSql(today)} as late, (s.id is not null) as titled,
          coalesce(${planRequiredSql}, false) as plan_required, rp.id as plan_id
          ${page ? sql`, count(*) over () as full_count` : sql``}
        ${evaluatedUnitsFrom(p)} ${where}
        order by u.depth, u.search_name, u.id
        ${page ? sql`limit ${page.limit} offset ${page.offset}` : sql``}`,
  );
}

async function toReviewRows(db: Executor, rows: Row[]): Promise<ReviewRow[]> {
  const units = rows.map((r) => ({ id: r.id, code: r.code, name: r.name, level: r.level, kind: r.kind, path: r.path }));
  const unitOf = await withPathNames(db, units);
  return rows.map((r, i) => ({
    unit: unitOf(units[i]!),
    unitType: r.unit_type,
    evaluationId: r.evaluation_id,
    status: r.status,
    selfTotal: num(r.self_total),
    total: num(r.total),
    classification: r.classification,
    decidedClassification: r.decided_classification,
    submitBy: dateOf(r.submit_by)!,
    extensionUntil: dateOf(r.extension_until),
    submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
    late: !!r.late,
    safetyRecognised: !!r.titled,
    planRequired: !!r.plan_required,
    planId: r.plan_id,
  }));
}

async function rootOf(ctx: Ctx, unitId: number) {
  const root = await getUnit(ctx.db, unitId);
  if (!root) throw notFound();
  authorize(ctx.actor, 'evaluation.read', root);
  return root;
}

/** Class labels of the year the unit sits in (the sets' own words), Vietnamese defaults otherwise. */
export async function labelsFor(db: Executor, path: string, year: number) {
  const cycles = await db
    .select({ id: evaluationCycles.id })
    .from(evaluationCycles)
    .where(
      sql`${evaluationCycles.year} = ${year} and (${path} like ${evaluationCycles.unitPath} || '%' or ${evaluationCycles.unitPath} like ${`${path}%`})`,
    );
  const targets = await targetsOf(
    db,
    cycles.map((c) => c.id),
  );
  const sets = await setsByIds(
    db,
    targets.map((t) => t.criteriaSetId),
  );
  const first = [...sets.values()][0]?.definition;
  return first?.kind === 'movement'
    ? first.classification.labels
    : { excellent: 'Xuất sắc', good: 'Khá', average: 'Trung bình', weak: 'Yếu' };
}

/** The reviewer's list: evaluated units under a unit with status, lateness, title and plan. */
export async function listReview(ctx: Ctx, q: ReviewListQuery): Promise<ReviewPage> {
  const root = await rootOf(ctx, q.unitId);
  const today = todayOf(ctx.clock.now());
  const p = { rootPath: root.path, rootId: root.id, year: q.year, childrenOnly: q.scope === 'children' };
  const rows = await selectRows(ctx.db, p, filters(q, today), today, {
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return {
    items: await toReviewRows(ctx.db, rows),
    total: Number(rows[0]?.full_count ?? 0),
    page: q.page,
    pageSize: q.pageSize,
    labels: await labelsFor(ctx.db, root.path, q.year),
  };
}

/** The same rows without paging, for the summary table of a level. */
export async function summaryRows(ctx: Ctx, q: { unitId: number; year: number; scope: 'children' | 'subtree' }) {
  const root = await rootOf(ctx, q.unitId);
  const today = todayOf(ctx.clock.now());
  const p = { rootPath: root.path, rootId: root.id, year: q.year, childrenOnly: q.scope === 'children' };
  const rows = await selectRows(ctx.db, p, filters({}, today), today);
  return {
    unit: root,
    rows: await toReviewRows(ctx.db, rows),
    labels: await labelsFor(ctx.db, root.path, q.year),
    today,
  };
}
