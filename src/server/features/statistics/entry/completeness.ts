import type { CompletenessResult, EntryStatus } from '../../../../common/statistics/entry-schemas.ts';
import { parsePeriod } from '../../../../domain/security-team/period.ts';
import { entryStatuses, indicatorsForKind } from '../../../../domain/statistics/entry.ts';
import type { Ctx } from '../../../context.ts';
import { notFound } from '../../../errors.ts';
import { authorize } from '../../../policy.ts';
import { getUnit } from '../../org-unit/queries.ts';
import { listIndicators } from '../catalogue.ts';
import { entryRoles } from './policy.ts';
import { reportingChildren, reportsOfUnits } from './queries.ts';

/**
 * The level above's view of one period: every active child unit with the
 * status of its form and how many indicators it has filled, so the units
 * that have not reported (or wait for approval) stand out.
 */
export async function completenessOf(ctx: Ctx, q: { unitId: number; period: string }): Promise<CompletenessResult> {
  const unit = await getUnit(ctx.db, q.unitId);
  if (!unit) throw notFound();
  authorize(ctx.actor, 'statistics.read', unit);
  const period = parsePeriod(q.period)!;
  const codes = indicatorsForKind(await listIndicators(ctx.db), period.kind).map((i) => i.code);
  const children = await reportingChildren(ctx.db, unit.id);
  const reports = await reportsOfUnits(
    ctx.db,
    children.map((c) => c.id),
    period.text,
    codes,
  );
  const byUnit = new Map(reports.map((r) => [r.unitId, r]));
  const counts = Object.fromEntries(entryStatuses.map((s) => [s, 0])) as Record<EntryStatus, number>;
  const rows = children.map(({ path, ...ref }) => {
    const r = byUnit.get(ref.id);
    const status = (r?.status as EntryStatus | undefined) ?? 'notStarted';
    counts[status]++;
    return {
      unit: ref,
      status,
      filled: Number(r?.filled ?? 0),
      required: codes.length,
      version: r?.version ?? 0,
      submittedAt: r?.submittedAt ? r.submittedAt.toISOString() : null,
      canApprove: entryRoles(ctx.actor, path).approve,
    };
  });
  return {
    unit: { id: unit.id, code: unit.code, name: unit.name, level: unit.level, kind: unit.kind },
    period: period.text,
    required: codes.length,
    counts,
    rows,
  };
}
