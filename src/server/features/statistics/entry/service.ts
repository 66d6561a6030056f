import type { AuditAction } from '../../../../common/audit-events.ts';
import type { EntryForm } from '../../../../common/statistics/entry-schemas.ts';
import type { Executor } from '../../../../db/client.ts';
import { parsePeriod } from '../../../../domain/security-team/period.ts';
import {
  completeness,
  type EntryAction,
  type EntryStatus,
  indicatorsForKind,
  isComplete,
  nextEntryStatus,
  reportsFigures,
  type ValueIssue,
  type Values,
  validateValues,
} from '../../../../domain/statistics/entry.ts';
import { recordAudit } from '../../../audit.ts';
import type { Ctx } from '../../../context.ts';
import { AppError, conflict, forbidden, invalid, notFound } from '../../../errors.ts';
import { type Lang, translate } from '../../../i18n/messages.ts';
import { authorize } from '../../../policy.ts';
import { getUnit } from '../../org-unit/queries.ts';
import { listIndicators } from '../catalogue.ts';
import { entryRoles } from './policy.ts';
import { type EntryContext, presentForm, statusOf } from './present.ts';
import { createReport, findReport, updateReport, valuesOf, writeValues } from './queries.ts';

type Ref = { unitId: number; period: string };

/** Loads one unit's form for a period (locked when writing), checked against `statistics.read`. */
export async function loadEntry(db: Executor, ctx: Ctx, ref: Ref, lock = false): Promise<EntryContext> {
  const unit = await getUnit(db, ref.unitId);
  if (!unit) throw notFound();
  authorize(ctx.actor, 'statistics.read', unit);
  const period = parsePeriod(ref.period)!;
  const indicators = reportsFigures(unit) ? indicatorsForKind(await listIndicators(db), period.kind) : [];
  const report = await findReport(db, unit.id, period.text, lock);
  const values = await valuesOf(db, report?.id);
  return { unit, period, indicators, report, values, roles: entryRoles(ctx.actor, unit.path) };
}

/** The form of a unit for a period, with its values and what the actor may do. */
export async function getForm(ctx: Ctx, ref: Ref): Promise<EntryForm> {
  return presentForm(ctx.db, await loadEntry(ctx.db, ctx, ref), ctx.lang);
}

const snapshot = (ec: EntryContext) => ({
  status: statusOf(ec),
  values: ec.values,
  note: ec.report?.note ?? null,
  returnReason: ec.report?.returnReason ?? null,
});

type Step = (tx: Executor, ec: EntryContext & { reportId: number }) => Promise<Record<string, unknown> | undefined>;

/**
 * The frame of every write on a form, one transaction: lock, check the role,
 * the version (409 with the current form; an import passes none) and the
 * workflow, run the step, set the status, audit with before and after. The
 * rollup triggers run inside the same transaction when the status changes.
 */
async function writeEntry(
  ctx: Ctx,
  ref: Ref & { version?: number },
  opts: {
    action: EntryAction | ((from: EntryStatus) => EntryAction);
    audit: AuditAction;
    patch?: (ec: EntryContext) => Record<string, unknown>;
  },
  step?: Step,
): Promise<EntryForm> {
  return ctx.db.transaction(async (tx) => {
    const ec = await loadEntry(tx, ctx, ref, true);
    const from = statusOf(ec);
    const action = typeof opts.action === 'function' ? opts.action(from) : opts.action;
    const byUnit = action === 'save' || action === 'submit';
    if (byUnit && !ec.roles.enter) throw forbidden('statistics.entry.notAllowed');
    if (!byUnit && !ec.roles.approve) throw forbidden('statistics.entry.approveNotAllowed');
    if (ref.version !== undefined && (ec.report?.version ?? 0) !== ref.version)
      throw conflict('statistics.entry.stale', await presentForm(tx, ec, ctx.lang));
    if (!reportsFigures(ec.unit)) throw notReporting(ec.unit.name);
    if (ec.indicators.length === 0) throw noIndicators(ec.period.text);
    const to = nextEntryStatus(from, action);
    if (to === null) throw wrongStatus(from, ctx.lang);
    const before = snapshot(ec);
    const report = ec.report ?? (await createReport(tx, ec.unit, ec.period.text));
    if (!report) throw conflict('statistics.entry.stale', await presentForm(tx, ec, ctx.lang));
    const details = step ? await step(tx, { ...ec, reportId: report.id }) : undefined;
    const values = await valuesOf(tx, report.id);
    const updated = await updateReport(
      tx,
      report.id,
      { status: to, ...opts.patch?.({ ...ec, values }) },
      ctx.clock.now(),
    );
    const after = { ...ec, report: updated, values };
    await recordAudit(tx, {
      action: opts.audit,
      actor: ctx.actor,
      unit: { id: ec.unit.id, path: ec.unit.path },
      targetType: 'indicatorReport',
      targetId: report.id,
      before: { period: ec.period.text, ...before },
      after: { period: ec.period.text, ...snapshot(after), ...details },
      ip: ctx.ip,
    });
    return presentForm(tx, after, ctx.lang);
  });
}

const noIndicators = (period: string) =>
  invalid('statistics.entry.noIndicators', { period }, [
    { path: 'body.period', message: 'msg:statistics.entry.noIndicators' },
  ]);

const notReporting = (unit: string) =>
  invalid('statistics.entry.notReporting', { unit }, [
    { path: 'body.unitId', message: 'msg:statistics.entry.notReporting' },
  ]);

const wrongStatus = (status: string, lang: Lang) =>
  new AppError(409, 'statistics.entry.wrongStatus', { status: translate(`statistics.entry.status.${status}`, lang) });

/** One issue as the user reads it, naming the other indicator of a rule by its name. */
export function issueMessage(issue: ValueIssue, ec: EntryContext, lang: Lang) {
  const other = ec.indicators.find((i) => i.code === issue.params.other);
  const fmt = (v: unknown) => (typeof v === 'number' ? new Intl.NumberFormat('vi-VN').format(v) : v);
  const params = Object.fromEntries(Object.entries(issue.params).map(([k, v]) => [k, fmt(v)]));
  if (other) params.other = lang === 'en' ? other.nameEn : other.name;
  return translate(`statistics.entry.value.${issue.key}`, lang, params);
}

/**
 * Checks changes against the period's indicators, merged with the values
 * already saved (a rule between indicators may involve both), and writes
 * them. `refuse` turns the issues into the caller's error (field paths for
 * the form, rows for a file).
 */
export async function applyValues(
  tx: Executor,
  ec: EntryContext & { reportId: number },
  changes: Values,
  refuse: (issues: ValueIssue[]) => Error,
) {
  const known = new Set(ec.indicators.map((i) => i.code));
  const kept = Object.fromEntries(Object.entries(ec.values).filter(([code]) => known.has(code)));
  const issues = validateValues(ec.indicators, { ...kept, ...changes });
  if (issues.length > 0) throw refuse(issues);
  return writeValues(tx, ec.reportId, ec.values, changes);
}

/** Saves values (and the note) of a unit's form at the version the user saw; returned forms become drafts again. */
export function saveEntry(ctx: Ctx, body: Ref & { version: number; values: Values; note?: string | null }) {
  return writeEntry(
    ctx,
    body,
    {
      action: 'save',
      audit: 'statistics.saved',
      patch: () => (body.note === undefined ? {} : { note: body.note || null }),
    },
    async (tx, ec) => {
      const changed = await applyValues(tx, ec, body.values, (issues) =>
        invalid(
          'statistics.entry.invalidValues',
          { count: issues.length },
          issues.map((i) => ({ path: `body.values.${i.code}`, message: issueMessage(i, ec, ctx.lang) })),
        ),
      );
      return { changed };
    },
  );
}

/** Saves values read from a file (no version: the file is the user's latest word); audited as an import. */
export function importValues(ctx: Ctx, ref: Ref, step: Step) {
  return writeEntry(ctx, ref, { action: 'save', audit: 'statistics.imported' }, step);
}

/** Sends a complete form to the level above; an incomplete one names every missing indicator. */
export function submitEntry(ctx: Ctx, body: Ref & { version: number }) {
  return writeEntry(ctx, body, {
    action: 'submit',
    audit: 'statistics.submitted',
    patch: (ec) => {
      const c = completeness(ec.indicators, ec.values);
      if (!isComplete(c)) {
        throw invalid(
          'statistics.entry.incomplete',
          { count: c.missing.length },
          c.missing.map((code) => ({ path: `body.values.${code}`, message: 'msg:statistics.entry.value.required' })),
        );
      }
      return { submittedBy: ctx.actor.id, submittedAt: ctx.clock.now(), approvedBy: null, approvedAt: null };
    },
  });
}

/** Approves submitted figures from above: from now on they count in the rollups of the unit and its ancestors. */
export function approveEntry(ctx: Ctx, body: Ref & { version: number }) {
  return writeEntry(ctx, body, {
    action: 'approve',
    audit: 'statistics.approved',
    patch: () => ({ approvedBy: ctx.actor.id, approvedAt: ctx.clock.now(), returnReason: null }),
  });
}

/**
 * Returns submitted figures to the unit with a reason, or reopens approved
 * ones for a correction (they leave the rollups until approved again).
 */
export function returnEntry(ctx: Ctx, body: Ref & { version: number; reason: string }) {
  return writeEntry(ctx, body, {
    action: (from) => (from === 'approved' ? 'reopen' : 'return'),
    audit: 'statistics.returned',
    patch: () => ({ returnReason: body.reason, approvedBy: null, approvedAt: null }),
  });
}
