import { sql } from 'drizzle-orm';
import type { SaveSelfBody, SheetParams } from '../../../../common/evaluation/schemas.ts';
import type { Executor } from '../../../../db/client.ts';
import { evaluationChanges, evaluationEntries, evaluations } from '../../../../db/schema/index.ts';
import { leavesOf } from '../../../../domain/evaluation/criteria.ts';
import { submissionOpen } from '../../../../domain/evaluation/deadlines.ts';
import { checkInput } from '../../../../domain/evaluation/scoring.ts';
import { displayDate } from '../../../../domain/text.ts';
import type { Ctx } from '../../../context.ts';
import { AppError, type FieldError } from '../../../errors.ts';
import { translate } from '../../../i18n/messages.ts';
import { entriesOf, todayOf } from '../queries.ts';
import { ensureEvaluation, type SheetContext } from './sheet-context.ts';
import { writeSheet } from './write.ts';

/** Checks every entry against its line; one 422 lists them all, each naming its criterion. */
export function checkEntries(
  ctx: Ctx,
  sc: SheetContext,
  entries: { code: string; value: number | null }[],
  field = 'entries',
) {
  const leaves = new Map(leavesOf(sc.set).map((l) => [l.code, l]));
  const errors: FieldError[] = [];
  entries.forEach((e, i) => {
    const leaf = leaves.get(e.code);
    if (!leaf) {
      errors.push({
        path: `${field}.${i}.code`,
        message: translate('evaluation.unknownCode', ctx.lang, { code: e.code }),
      });
      return;
    }
    const problem = e.value === null ? null : checkInput(leaf, e.value);
    if (problem)
      errors.push({ path: `${field}.${i}.value`, message: translate(problem.key, ctx.lang, problem.params) });
  });
  const first = errors[0];
  if (first) throw new AppError(422, 'evaluation.entriesInvalid', { first: first.message }, { fields: errors });
}

/** Writes the unit's own values and keeps a history row for each value that changed. */
async function writeSelfEntries(tx: Executor, ctx: Ctx, sc: SheetContext, body: SaveSelfBody) {
  checkEntries(ctx, sc, body.entries);
  const ev = await ensureEvaluation(tx, sc);
  const old = new Map(sc.entries.map((e) => [e.code, e]));
  for (const e of body.entries) {
    const prev = old.get(e.code);
    const changed = (prev?.selfValue ?? null) !== e.value;
    await tx
      .insert(evaluationEntries)
      .values({ evaluationId: ev.id, code: e.code, selfValue: e.value, selfComment: e.comment ?? null })
      .onConflictDoUpdate({
        target: [evaluationEntries.evaluationId, evaluationEntries.code],
        set: { selfValue: e.value, selfComment: e.comment ?? null, updatedAt: sql`now()` },
      });
    if (changed)
      await tx.insert(evaluationChanges).values({
        evaluationId: ev.id,
        code: e.code,
        side: 'self',
        oldValue: prev?.selfValue ?? null,
        newValue: e.value,
        actorId: ctx.actor.id,
        actorName: ctx.actor.displayName,
      });
  }
  return body.entries.filter((e) => (old.get(e.code)?.selfValue ?? null) !== e.value).map((e) => e.code);
}

/** Saves a draft of the unit's self-assessment. */
export function saveSelf(ctx: Ctx, p: SheetParams, body: SaveSelfBody) {
  return writeSheet(
    ctx,
    p,
    body.version,
    { action: 'save', allowed: (sc) => sc.roles.self, audit: 'evaluation.saved' },
    async (tx, sc) => ({
      details: { changed: await writeSelfEntries(tx, ctx, sc, body) },
    }),
  );
}

/**
 * Saves and submits to the level above. Every line needs a value; after the
 * deadline only within an extension.
 */
export function submitSelf(ctx: Ctx, p: SheetParams, body: SaveSelfBody) {
  const today = todayOf(ctx.clock.now());
  return writeSheet(
    ctx,
    p,
    body.version,
    { action: 'submit', allowed: (sc) => sc.roles.self, audit: 'evaluation.submitted' },
    async (tx, sc) => {
      const changed = await writeSelfEntries(tx, ctx, sc, body);
      const ev = sc.ev!;
      const open = submissionOpen({
        today,
        submitBy: sc.target.submitBy,
        extensionUntil: ev.extensionUntil,
        returned: ev.status === 'returned',
      });
      if (!open) throw new AppError(422, 'evaluation.pastDeadline', { date: displayDate(sc.target.submitBy) });
      await requireComplete(tx, ctx, sc);
      await tx
        .update(evaluations)
        .set({ submittedAt: sql`coalesce(${evaluations.submittedAt}, now())` })
        .where(sql`${evaluations.id} = ${ev.id}`);
      return { details: { changed } };
    },
  );
}

async function requireComplete(tx: Executor, ctx: Ctx, sc: SheetContext) {
  const values = new Map((await entriesOf(tx, sc.ev!.id)).map((e) => [e.code, e.selfValue]));
  const missing = leavesOf(sc.set).filter((l) => values.get(l.code) === null || values.get(l.code) === undefined);
  if (missing.length === 0) return;
  throw new AppError(
    422,
    'evaluation.incomplete',
    { codes: missing.map((m) => m.code).join(', ') },
    {
      fields: missing.map((m) => ({
        path: `entries.${m.code}`,
        message: translate('evaluation.lineMissing', ctx.lang, { code: m.code, text: m.text }),
      })),
    },
  );
}
