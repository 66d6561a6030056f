import type { Executor } from '../../../../db/client.ts';
import { vietnamToday } from '../../../../domain/calendar.ts';
import type { Ctx } from '../../../context.ts';
import { conflict, forbidden, notFound } from '../../../errors.ts';
import { can } from '../../../policy.ts';
import { isOpen } from '../present.ts';
import { getReport, lockReport, type ReportRowDb } from '../queries.ts';

export const todayOf = (ctx: Ctx) => vietnamToday(ctx.clock.now());

/**
 * An item the actor may read. For tips and petitions existence itself is
 * sensitive, so an item outside the actor's units answers 404, not 403.
 */
export async function readableReport(ctx: Ctx, id: number, db: Executor = ctx.db): Promise<ReportRowDb> {
  const r = await getReport(db, id);
  if (!r || !can(ctx.actor, 'report.read', r.unitPath)) throw notFound('report.notFound');
  return r;
}

/**
 * Locks an item for a write by someone holding `report.triage` over it, at the
 * version the client read. Out of reach → 404; readable but not writable → 403.
 */
export async function writableReport(
  tx: Executor,
  ctx: Ctx,
  id: number,
  version: number,
  opts: { open?: boolean } = { open: true },
): Promise<ReportRowDb> {
  const r = await lockReport(tx, id);
  if (!r || !can(ctx.actor, 'report.read', r.unitPath)) throw notFound('report.notFound');
  if (!can(ctx.actor, 'report.triage', r.unitPath)) throw forbidden('report.triageForbidden');
  if (r.version !== version) throw conflict('report.stale', { id: r.id, version: r.version, status: r.status });
  if (opts.open && !isOpen(r.status))
    throw conflict('report.closed', { id: r.id, version: r.version, status: r.status });
  return r;
}

/** What the audit keeps of an item: never the identity, never the description. */
export const snapshot = (r: ReportRowDb) => ({
  receiptCode: r.receiptCode,
  unitId: r.unitId,
  status: r.status,
  category: r.category,
  priority: r.priority,
  assignedTo: r.assignedTo,
  dueOn: r.dueOn,
  extensions: r.extensions,
  duplicateOf: r.duplicateOf,
  outcome: r.outcome,
  valuable: r.valuable,
});

export const auditTarget = (r: ReportRowDb) => ({
  unit: { id: r.unitId, path: r.unitPath },
  targetType: 'citizenReport',
  targetId: r.id,
});
