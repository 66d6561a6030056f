import type { ReplyBody, ResolveBody } from '../../../../common/citizen-report/schemas.ts';
import { citizenReportMessages } from '../../../../db/schema/index.ts';
import { recordAudit } from '../../../audit.ts';
import type { Ctx } from '../../../context.ts';
import { invalid } from '../../../errors.ts';
import { insertEvent, updateReport } from '../queries.ts';
import { auditTarget, snapshot, writableReport } from './load.ts';

const statusOf = {
  ledToCase: 'resolved',
  resolved: 'resolved',
  rejected: 'rejected',
  transferred: 'transferred',
} as const;

/**
 * Records the outcome and the answer the citizen reads with the receipt code
 * (a public message). For tips, whether the tip was valuable is required: it
 * feeds the "share valuable" statistic.
 */
export async function resolveReport(ctx: Ctx, id: number, body: ResolveBody) {
  await ctx.db.transaction(async (tx) => {
    const r = await writableReport(tx, ctx, id, body.version);
    if (r.type === 'tip' && (body.valuable === undefined || body.valuable === null)) {
      throw invalid('report.valuableRequired', {}, [{ path: 'body.valuable', message: 'msg:report.valuableRequired' }]);
    }
    const now = ctx.clock.now();
    const after = await updateReport(
      tx,
      id,
      r.version,
      { outcome: body.outcome, valuable: body.valuable ?? null, status: statusOf[body.outcome], resolvedAt: now },
      now,
    );
    await tx.insert(citizenReportMessages).values({
      reportId: id,
      author: 'officer',
      officerId: ctx.actor.id,
      body: body.reply,
      public: true,
      createdAt: now,
    });
    await insertEvent(tx, {
      reportId: id,
      action: 'resolved',
      details: body.outcome,
      actorId: ctx.actor.id,
      actorName: ctx.actor.displayName,
      at: now,
    });
    await recordAudit(tx, {
      action: 'report.resolved',
      actor: ctx.actor,
      ...auditTarget(r),
      before: snapshot(r),
      after: snapshot(after!),
      ip: ctx.ip,
    });
  });
}

/** An interim answer the citizen reads (public) or an internal note; allowed after closing too. */
export async function replyToReport(ctx: Ctx, id: number, body: ReplyBody) {
  await ctx.db.transaction(async (tx) => {
    const r = await writableReport(tx, ctx, id, body.version, { open: false });
    const now = ctx.clock.now();
    await updateReport(tx, id, r.version, {}, now);
    await tx.insert(citizenReportMessages).values({
      reportId: id,
      author: 'officer',
      officerId: ctx.actor.id,
      body: body.body,
      public: body.public,
      createdAt: now,
    });
    await recordAudit(tx, {
      action: 'report.replied',
      actor: ctx.actor,
      ...auditTarget(r),
      after: { public: body.public, length: body.body.length },
      ip: ctx.ip,
    });
  });
}
