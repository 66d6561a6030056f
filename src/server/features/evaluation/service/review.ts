import { eq, sql } from 'drizzle-orm';
import type {
  AdjustBody,
  ApproveBody,
  DecideBody,
  ExtendBody,
  SendBackBody,
  SheetParams,
} from '../../../../common/evaluation/schemas.ts';
import { evaluationChanges, evaluationEntries, evaluations } from '../../../../db/schema/index.ts';
import { displayDate } from '../../../../domain/text.ts';
import type { Ctx } from '../../../context.ts';
import { AppError } from '../../../errors.ts';
import { todayOf } from '../queries.ts';
import { checkEntries } from './self.ts';
import { computeResults, ensureEvaluation } from './sheet-context.ts';
import { writeSheet } from './write.ts';

/** The level above changes values, each with its reason; the unit's own values stay visible beside them. */
export function adjustScores(ctx: Ctx, p: SheetParams, body: AdjustBody) {
  return writeSheet(
    ctx,
    p,
    body.version,
    { action: 'adjust', allowed: (sc) => sc.roles.review, audit: 'evaluation.adjusted' },
    async (tx, sc) => {
      checkEntries(ctx, sc, body.entries);
      const old = new Map(sc.entries.map((e) => [e.code, e]));
      for (const e of body.entries) {
        const prev = old.get(e.code);
        await tx
          .insert(evaluationEntries)
          .values({ evaluationId: sc.ev!.id, code: e.code, reviewValue: e.value, reviewReason: e.reason })
          .onConflictDoUpdate({
            target: [evaluationEntries.evaluationId, evaluationEntries.code],
            set: { reviewValue: e.value, reviewReason: e.reason, updatedAt: sql`now()` },
          });
        await tx.insert(evaluationChanges).values({
          evaluationId: sc.ev!.id,
          code: e.code,
          side: 'review',
          oldValue: prev?.reviewValue ?? prev?.selfValue ?? null,
          newValue: e.value,
          reason: e.reason,
          actorId: ctx.actor.id,
          actorName: ctx.actor.displayName,
        });
      }
      return { details: { adjusted: body.entries.map((e) => ({ code: e.code, value: e.value, reason: e.reason })) } };
    },
  );
}

/** Back to the unit with a message; the reviewer or the decision level may do it. */
export function sendBack(ctx: Ctx, p: SheetParams, body: SendBackBody) {
  return writeSheet(
    ctx,
    p,
    body.version,
    { action: 'sendBack', allowed: (sc) => sc.roles.review || sc.roles.decide, audit: 'evaluation.returned' },
    async () => ({ details: { message: body.message } }),
  );
}

export function approve(ctx: Ctx, p: SheetParams, body: ApproveBody) {
  return writeSheet(
    ctx,
    p,
    body.version,
    { action: 'approve', allowed: (sc) => sc.roles.review, audit: 'evaluation.approved' },
    async () => ({ details: { message: body.message ?? null } }),
  );
}

/** The competent level fixes the class the rules give and locks the sheet. */
export function decide(ctx: Ctx, p: SheetParams, body: DecideBody) {
  const today = todayOf(ctx.clock.now());
  if (body.decisionDate > today)
    throw new AppError(422, 'evaluation.decisionInFuture', { date: displayDate(body.decisionDate) });
  return writeSheet(
    ctx,
    p,
    body.version,
    { action: 'decide', allowed: (sc) => sc.roles.decide, audit: 'evaluation.decided' },
    async (tx, sc) => {
      // computed now, so a title granted or revoked since the last save counts
      const { current } = computeResults(sc);
      await tx
        .update(evaluations)
        .set({
          decidedClassification: current.classification,
          decisionNumber: body.decisionNumber,
          decisionDate: body.decisionDate,
          decidedBy: ctx.actor.id,
          decidedAt: sql`now()`,
        })
        .where(eq(evaluations.id, sc.ev!.id));
      return {
        details: {
          classification: current.classification,
          decisionNumber: body.decisionNumber,
          decisionDate: body.decisionDate,
        },
      };
    },
  );
}

/** After the deadline the unit may submit only until a date the level above grants. */
export function extend(ctx: Ctx, p: SheetParams, body: ExtendBody) {
  const today = todayOf(ctx.clock.now());
  if (body.until < today) throw new AppError(422, 'evaluation.extensionInPast', { date: displayDate(body.until) });
  return writeSheet(
    ctx,
    p,
    body.version,
    {
      action: 'extend',
      allowed: (sc) => sc.roles.review && ['notStarted', 'draft'].includes(sc.ev?.status ?? 'notStarted'),
      audit: 'evaluation.extended',
    },
    async (tx, sc) => {
      if (body.until <= sc.target.submitBy)
        throw new AppError(422, 'evaluation.extensionBeforeDeadline', { date: displayDate(sc.target.submitBy) });
      const ev = await ensureEvaluation(tx, sc);
      await tx
        .update(evaluations)
        .set({ extensionUntil: body.until, extensionReason: body.reason })
        .where(eq(evaluations.id, ev.id));
      return { details: { until: body.until, message: body.reason } };
    },
  );
}
