import { eq } from 'drizzle-orm';
import type { AuditAction } from '../../../../common/audit-events.ts';
import type { SheetParams, SheetView } from '../../../../common/evaluation/schemas.ts';
import type { Executor } from '../../../../db/client.ts';
import { evaluationEvents, evaluations } from '../../../../db/schema/index.ts';
import { type EvaluationStatus, nextStatus, type WorkflowAction } from '../../../../domain/evaluation/workflow.ts';
import { recordAudit } from '../../../audit.ts';
import type { Ctx } from '../../../context.ts';
import { AppError, conflict, forbidden } from '../../../errors.ts';
import { presentSheet } from '../present.ts';
import { type EvaluationRow, entriesOf, todayOf } from '../queries.ts';
import { loadSheetContext, type SheetContext, stampResults } from './sheet-context.ts';

const snapshot = (ev: EvaluationRow | undefined) =>
  ev
    ? { status: ev.status, selfTotal: ev.selfTotal, total: ev.total, classification: ev.classification }
    : { status: 'notStarted' };

export type SheetStep = (tx: Executor, sc: SheetContext) => Promise<{ details?: Record<string, unknown> } | undefined>;

/**
 * The frame of every write on a sheet, one transaction: lock the row, check
 * the version (409 with the current sheet), check the role and the workflow,
 * run the step, restamp totals and class, log the event and the audit.
 */
export async function writeSheet(
  ctx: Ctx,
  p: SheetParams,
  version: number,
  opts: { action: WorkflowAction | 'extend' | 'evidence'; allowed: (sc: SheetContext) => boolean; audit: AuditAction },
  step: SheetStep,
): Promise<SheetView> {
  const today = todayOf(ctx.clock.now());
  return ctx.db.transaction(async (tx) => {
    const sc = await loadSheetContext(tx, ctx.actor, p.unitId, p.year, true);
    if ((sc.ev?.version ?? 0) !== version) throw conflict('evaluation.stale', await presentSheet(tx, sc, today));
    if (sc.cycle.status !== 'open') throw new AppError(409, 'evaluation.cycleClosed', { year: p.year });
    if (!opts.allowed(sc)) throw forbidden('evaluation.notAllowed');
    const from: EvaluationStatus = sc.ev?.status ?? 'notStarted';
    const to = isWorkflow(opts.action) ? nextStatus(from, opts.action) : from;
    if (to === null) throw new AppError(409, 'evaluation.wrongStatus', { status: from, action: opts.action });
    const before = snapshot(sc.ev);
    const result = await step(tx, sc);
    sc.entries = await entriesOf(tx, sc.ev!.id);
    await tx
      .update(evaluations)
      .set({ ...stampResults(sc), status: to })
      .where(eq(evaluations.id, sc.ev!.id));
    if (from !== to || opts.action === 'extend')
      await tx.insert(evaluationEvents).values({
        evaluationId: sc.ev!.id,
        action: opts.action,
        fromStatus: from,
        toStatus: to,
        message: (result?.details?.message as string | undefined) ?? null,
        actorId: ctx.actor.id,
        actorName: ctx.actor.displayName,
      });
    const [after] = await tx.select().from(evaluations).where(eq(evaluations.id, sc.ev!.id));
    sc.ev = after;
    await recordAudit(tx, {
      action: opts.audit,
      actor: ctx.actor,
      unit: sc.unit,
      targetType: 'evaluation',
      targetId: after!.id,
      before,
      after: { ...snapshot(after), ...result?.details },
      ip: ctx.ip,
    });
    return presentSheet(tx, sc, today);
  });
}

const isWorkflow = (a: string): a is WorkflowAction => a !== 'extend' && a !== 'evidence';
