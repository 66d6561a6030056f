import { and, eq, sql } from 'drizzle-orm';
import type { Figures, ReportKind, ReportStats, StatsQuery } from '../../../../common/citizen-report/schemas.ts';
import { citizenReports, orgUnits } from '../../../../db/schema/index.ts';
import { vietnamToday } from '../../../../domain/calendar.ts';
import { pathIds } from '../../../../domain/org-unit/rules.ts';
import type { Ctx } from '../../../context.ts';
import { invalid, notFound } from '../../../errors.ts';
import { authorize, scopePaths } from '../../../policy.ts';
import { getUnit } from '../../org-unit/queries.ts';
import { isOpen } from '../present.ts';
import { todayOf } from './load.ts';

type StatRow = {
  unitPath: string;
  type: 'tip' | 'petition';
  kind: string;
  category: string;
  status: (typeof citizenReports.$inferSelect)['status'];
  dueOn: string | null;
  receivedAt: Date;
  resolvedAt: Date | null;
  valuable: boolean | null;
};

const DAY = 86_400_000;

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The figures of one set of items, as of `today` (Vietnam's date). */
export function figuresOf(rows: StatRow[], today: string): Figures {
  const closed = rows.filter((r) => r.resolvedAt !== null && !isOpen(r.status));
  const open = rows.filter((r) => isOpen(r.status));
  const judgedTips = closed.filter((r) => r.type === 'tip' && r.valuable !== null);
  return {
    received: rows.length,
    resolved: closed.length,
    open: open.length,
    overdueOpen: open.filter((r) => r.dueOn !== null && r.dueOn < today).length,
    resolvedLate: closed.filter((r) => r.dueOn !== null && vietnamToday(r.resolvedAt!) > r.dueOn).length,
    valuableShare: judgedTips.length ? judgedTips.filter((r) => r.valuable).length / judgedTips.length : null,
    medianDays: (() => {
      const m = median(closed.map((r) => (r.resolvedAt!.getTime() - r.receivedAt.getTime()) / DAY));
      return m === null ? null : Math.round(m * 10) / 10;
    })(),
  };
}

const countBy = <K extends string>(rows: StatRow[], key: (r: StatRow) => K) => {
  const m = new Map<K, { count: number; resolved: number }>();
  for (const r of rows) {
    const e = m.get(key(r)) ?? { count: 0, resolved: 0 };
    e.count++;
    if (!isOpen(r.status)) e.resolved++;
    m.set(key(r), e);
  }
  return [...m.entries()].map(([k, v]) => ({ key: k, ...v })).sort((a, b) => b.count - a.count);
};

/**
 * Statistics of the items routed into a unit's subtree and received in the
 * period (Vietnam dates): received, by type, kind and category, closed, overdue,
 * share of valuable tips and the median days to closing; and the same figures
 * per direct child unit. Reads the rows of the period (the citizen channel's
 * volume per commune is small); a rollup would replace this at national scale.
 */
export async function reportStats(ctx: Ctx, q: StatsQuery): Promise<ReportStats> {
  const today = todayOf(ctx);
  const unitId = q.unitId ?? pathIds(scopePaths(ctx.actor, 'report.read')[0] ?? '').at(-1);
  if (!unitId) throw notFound();
  const unit = await getUnit(ctx.db, unitId);
  if (!unit) throw notFound();
  authorize(ctx.actor, 'report.read', unit);
  const from = q.from ?? `${today.slice(0, 4)}-01-01`;
  const to = q.to ?? today;
  if (from > to) throw invalid('report.badPeriod', {}, [{ path: 'querystring.to', message: 'msg:report.badPeriod' }]);
  const receivedOn = sql`(${citizenReports.receivedAt} at time zone 'Asia/Ho_Chi_Minh')::date`;
  const [rows, children] = await Promise.all([
    ctx.db
      .select({
        unitPath: citizenReports.unitPath,
        type: citizenReports.type,
        kind: citizenReports.kind,
        category: citizenReports.category,
        status: citizenReports.status,
        dueOn: citizenReports.dueOn,
        receivedAt: citizenReports.receivedAt,
        resolvedAt: citizenReports.resolvedAt,
        valuable: citizenReports.valuable,
      })
      .from(citizenReports)
      .where(
        and(
          sql`${citizenReports.unitPath} like ${`${unit.path}%`}`,
          sql`${receivedOn} between ${from}::date and ${to}::date`,
        ),
      ),
    ctx.db.select().from(orgUnits).where(eq(orgUnits.parentId, unit.id)).orderBy(orgUnits.name),
  ]);
  const ref = (u: typeof unit) => ({ id: u.id, code: u.code, name: u.name, level: u.level, kind: u.kind });
  return {
    unit: ref(unit),
    from,
    to,
    totals: figuresOf(rows, today),
    byType: countBy(rows, (r) => r.type).map(({ key, count }) => ({ key, count })),
    byKind: countBy(rows, (r) => r.kind as ReportKind).map(({ key, count }) => ({ key, count })),
    byCategory: countBy(rows, (r) => r.category),
    children: children
      .map((c) => ({ unit: ref(c), rows: rows.filter((r) => r.unitPath.startsWith(c.path)) }))
      .filter((c) => c.rows.length > 0 || c.unit.level === 'commune' || c.unit.level === 'province')
      .map((c) => ({ unit: c.unit, figures: figuresOf(c.rows, today) })),
  };
}
