import type { ExtendBody, LinkDuplicateBody, TriageBody } from '../../../../common/citizen-report/schemas.ts';
import { vietnamToday } from '../../../../domain/calendar.ts';
import { canExtend, dueOn, type ReportKind } from '../../../../domain/citizen-report/time-limits.ts';
import { displayDate } from '../../../../domain/text.ts';
import { recordAudit } from '../../../audit.ts';
import type { Ctx } from '../../../context.ts';
import { invalid } from '../../../errors.ts';
import { can } from '../../../policy.ts';
import { getReport, insertEvent, triageHolders, updateReport } from '../queries.ts';
import { auditTarget, snapshot, writableReport } from './load.ts';

const field = (path: string, key: string) => [{ path, message: `msg:${key}` }];

/** Category, priority, assignment and the working status; the assignee must hold `report.triage` over the unit. */
export async function triageReport(ctx: Ctx, id: number, body: TriageBody) {
  await ctx.db.transaction(async (tx) => {
    const r = await writableReport(tx, ctx, id, body.version);
    const holders = body.assignedTo ? await triageHolders(tx, r.unitPath) : [];
    if (body.assignedTo) {
      if (!holders.some((h) => h.id === body.assignedTo)) {
        throw invalid('report.assigneeNotAllowed', {}, field('body.assignedTo', 'report.assigneeNotAllowed'));
      }
    }
    const set = {
      category: body.category ?? r.category,
      priority: body.priority ?? r.priority,
      assignedTo: body.assignedTo === undefined ? r.assignedTo : body.assignedTo,
      status: body.status ?? (r.status === 'received' ? ('triaged' as const) : r.status),
    };
    const after = await updateReport(tx, id, r.version, set, ctx.clock.now());
    const changed = Object.entries(set)
      .filter(([k, v]) => r[k as keyof typeof set] !== v)
      // assignee by name, so the history reads without a lookup
      .map(([k, v]) => `${k}: ${k === 'assignedTo' ? (holders.find((h) => h.id === v)?.name ?? '—') : (v ?? '—')}`);
    await insertEvent(tx, {
      reportId: id,
      action: 'triaged',
      details: changed.join('; ') || null,
      actorId: ctx.actor.id,
      actorName: ctx.actor.displayName,
      at: ctx.clock.now(),
    });
    await recordAudit(tx, {
      action: 'report.triaged',
      actor: ctx.actor,
      ...auditTarget(r),
      before: snapshot(r),
      after: snapshot(after!),
      ip: ctx.ip,
    });
  });
}

/** Marks an item as a duplicate of another the actor can read (or removes the mark). */
export async function linkDuplicate(ctx: Ctx, id: number, body: LinkDuplicateBody) {
  await ctx.db.transaction(async (tx) => {
    const r = await writableReport(tx, ctx, id, body.version, { open: false });
    let originalCode: string | null = null;
    if (body.duplicateOf !== null) {
      if (body.duplicateOf === id) {
        throw invalid('report.duplicateSelf', {}, field('body.duplicateOf', 'report.duplicateSelf'));
      }
      const original = await getReport(tx, body.duplicateOf);
      if (!original || !can(ctx.actor, 'report.read', original.unitPath)) {
        throw invalid('report.notFound', {}, field('body.duplicateOf', 'report.notFound'));
      }
      if (original.duplicateOf === id) {
        throw invalid('report.duplicateLoop', {}, field('body.duplicateOf', 'report.duplicateLoop'));
      }
      originalCode = original.receiptCode;
    }
    const after = await updateReport(tx, id, r.version, { duplicateOf: body.duplicateOf }, ctx.clock.now());
    await insertEvent(tx, {
      reportId: id,
      action: body.duplicateOf === null ? 'duplicateUnlinked' : 'duplicateLinked',
      details: originalCode,
      actorId: ctx.actor.id,
      actorName: ctx.actor.displayName,
      at: ctx.clock.now(),
    });
    await recordAudit(tx, {
      action: 'report.duplicateLinked',
      actor: ctx.actor,
      ...auditTarget(r),
      before: snapshot(r),
      after: snapshot(after!),
      ip: ctx.ip,
    });
  });
}

/** Grants the next extension the law allows for the kind; refused when none is left. */
export async function extendReport(ctx: Ctx, id: number, body: ExtendBody) {
  await ctx.db.transaction(async (tx) => {
    const r = await writableReport(tx, ctx, id, body.version);
    const kind = r.kind as ReportKind;
    if (!canExtend(kind, r.extensions)) throw invalid('report.noExtensionLeft', { count: r.extensions });
    const due = dueOn(kind, vietnamToday(r.receivedAt), r.extensions + 1)!;
    const after = await updateReport(tx, id, r.version, { dueOn: due, extensions: r.extensions + 1 }, ctx.clock.now());
    await insertEvent(tx, {
      reportId: id,
      action: 'extended',
      reason: body.reason,
      details: `${r.dueOn ? displayDate(r.dueOn) : '—'} → ${displayDate(due)}`,
      actorId: ctx.actor.id,
      actorName: ctx.actor.displayName,
      at: ctx.clock.now(),
    });
    await recordAudit(tx, {
      action: 'report.extended',
      actor: ctx.actor,
      ...auditTarget(r),
      before: snapshot(r),
      after: { ...snapshot(after!), reason: body.reason },
      ip: ctx.ip,
    });
  });
}
