import { and, eq, sql } from 'drizzle-orm';
import type { UnitRef } from '../../../common/org-unit/schemas.ts';
import type {
  BreakdownResult,
  FiguresResult,
  Indicator,
  RangeQuery,
  TrendResult,
} from '../../../common/statistics/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/index.ts';
import { change, type IndicatorDef, indicatorValue, type MonthSums } from '../../../domain/statistics/figures.ts';
import { type PeriodRange, parseRange, rangeLabel, shiftRange, yearsOf } from '../../../domain/statistics/period.ts';
import type { Ctx } from '../../context.ts';
import { invalid, notFound } from '../../errors.ts';
import { authorize, scopePaths } from '../../policy.ts';
import { getUnit, unitRefsByIds } from '../org-unit/queries.ts';
import { listIndicators } from './catalogue.ts';
import { monthlyRows, predecessorsOf, rollupSums } from './rollups.ts';

type Query = { unitId?: number; from: string; to?: string };

/** The unit asked for (default: the caller's top unit), checked against `statistics.read`. */
export async function statisticsUnit(ctx: Ctx, unitId: number | undefined) {
  let unit = unitId ? await getUnit(ctx.db, unitId) : undefined;
  if (!unitId) {
    const [path] = scopePaths(ctx.actor, 'statistics.read');
    [unit] = path ? await ctx.db.select().from(orgUnits).where(eq(orgUnits.path, path)).limit(1) : [];
  }
  if (!unit) throw notFound();
  authorize(ctx.actor, 'statistics.read', unit);
  return unit;
}

export function rangeOf(q: { from: string; to?: string }): PeriodRange {
  const r = parseRange(q.from, q.to);
  if (!r)
    throw invalid('statistics.rangeOrder', { from: q.from, to: q.to ?? q.from }, [
      { path: 'querystring.to', message: 'msg:statistics.rangeOrder' },
    ]);
  return r;
}

export const rangeInfo = (r: PeriodRange, lang: 'vi' | 'en' = 'vi') => ({
  from: r.from.text,
  to: r.to.text,
  start: r.start,
  end: r.end,
  label: rangeLabel(r, lang),
});

/** The catalogue limited to the codes asked for (all when none); an unknown code is a 422 naming it. */
export async function pickIndicators(db: Executor, codes?: string[]) {
  const all = await listIndicators(db);
  const byCode = new Map<string, IndicatorDef>(all.map((i) => [i.code, i]));
  if (!codes) return { all, picked: all, byCode };
  const unknown = codes.find((c) => !byCode.has(c));
  if (unknown)
    throw invalid('statistics.unknownIndicator', { code: unknown }, [
      { path: 'querystring.codes', message: 'msg:statistics.unknownIndicator' },
    ]);
  return { all, picked: all.filter((i) => codes.includes(i.code)), byCode };
}

const valuesOf = (picked: Indicator[], sums: MonthSums, byCode: Map<string, IndicatorDef>) =>
  Object.fromEntries(picked.map((i) => [i.code, indicatorValue(i, sums, byCode)]));

/** Every figure of a unit for a range, beside the same range one year earlier. */
export async function figuresOf(ctx: Ctx, q: Query & { codes?: string[] }): Promise<FiguresResult> {
  const unit = await statisticsUnit(ctx, q.unitId);
  const range = rangeOf(q);
  const previous = shiftRange(range, -1);
  const { picked, byCode } = await pickIndicators(ctx.db, q.codes);
  // one after the other: the executor may be a single connection or a transaction
  const now = await rollupSums(ctx.db, [unit.id], range.startMonth, range.endMonth);
  const before = await rollupSums(ctx.db, [unit.id], previous.startMonth, previous.endMonth);
  const preds = await predecessorsOf(ctx.db, unit.id);
  const refs = await unitRefsByIds(ctx.db, [unit.id, ...preds.map((p) => p.id)]);
  const a = valuesOf(picked, now.get(unit.id)!, byCode);
  const b = valuesOf(picked, before.get(unit.id)!, byCode);
  return {
    unit: refs.get(unit.id)!,
    range: rangeInfo(range, ctx.lang),
    previousRange: rangeInfo(previous, ctx.lang),
    predecessors: preds.map((p) => ({ ...refs.get(p.id)!, share: p.share })),
    figures: picked.map((i) => ({
      code: i.code,
      value: a[i.code]!,
      previous: b[i.code]!,
      ...change(a[i.code]!, b[i.code]!),
    })),
  };
}

async function childrenOf(db: Executor, parentId: number) {
  return db
    .select({
      id: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      level: orgUnits.level,
      kind: orgUnits.kind,
      childCount: sql<number>`(select count(*)::int from org_units c where c.parent_id = org_units.id and c.status = 'active')`,
    })
    .from(orgUnits)
    .where(and(eq(orgUnits.parentId, parentId), eq(orgUnits.status, 'active')))
    .orderBy(orgUnits.kind, orgUnits.code, orgUnits.name);
}

/**
 * The figures of each active child (with its predecessors' history) and the
 * unit's total. What closed children without a listed successor still add is
 * shown as `other`, so the rows always add up to the total.
 */
export async function breakdownOf(ctx: Ctx, q: Query & { codes?: string[] }): Promise<BreakdownResult> {
  const unit = await statisticsUnit(ctx, q.unitId);
  const range = rangeOf(q);
  const { picked, byCode } = await pickIndicators(ctx.db, q.codes);
  const children = await childrenOf(ctx.db, unit.id);
  const sums = await rollupSums(ctx.db, [unit.id, ...children.map((c) => c.id)], range.startMonth, range.endMonth);
  const total = valuesOf(picked, sums.get(unit.id)!, byCode);
  const rows = children.map(({ childCount, ...ref }) => ({
    unit: ref as UnitRef,
    childCount,
    values: valuesOf(picked, sums.get(ref.id)!, byCode),
  }));
  const other: Record<string, number | null> = {};
  let any = false;
  for (const i of picked) {
    if (i.aggregation === 'ratio') continue;
    const rest = (total[i.code] ?? 0) - rows.reduce((s, r) => s + (r.values[i.code] ?? 0), 0);
    other[i.code] = Math.round(rest * 1000) / 1000;
    if (Math.abs(rest) > 1e-9) any = true;
  }
  const refs = await unitRefsByIds(ctx.db, [unit.id]);
  return {
    unit: refs.get(unit.id)!,
    range: rangeInfo(range, ctx.lang),
    codes: picked.map((i) => i.code),
    rows,
    other: any ? other : null,
    total,
  };
}

/** Year by year over the range: the trend lines of the dashboard. */
export async function trendOf(ctx: Ctx, q: Query & { codes?: string[] }): Promise<TrendResult> {
  const unit = await statisticsUnit(ctx, q.unitId);
  const range = rangeOf(q);
  const { picked, byCode } = await pickIndicators(ctx.db, q.codes);
  const rows = await monthlyRows(ctx.db, unit.id, range.endMonth);
  const years = yearsOf(range).map((year) => {
    const sums: MonthSums = new Map();
    for (const r of rows) {
      if (r.month > year * 100 + 12) break;
      const s = sums.get(r.indicator) ?? { inRange: 0, toEnd: 0 };
      s.toEnd += r.value;
      if (r.month >= year * 100 + 1) s.inRange += r.value;
      sums.set(r.indicator, s);
    }
    return { year, values: valuesOf(picked, sums, byCode) };
  });
  const refs = await unitRefsByIds(ctx.db, [unit.id]);
  return { unit: refs.get(unit.id)!, codes: picked.map((i) => i.code), years };
}

export type { RangeQuery };
