import { eq, sql } from 'drizzle-orm';
import type { DecideSafetyBody, RevokeSafetyBody, SafetyView } from '../../../common/safety/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { safetyRecognitions } from '../../../db/schema/index.ts';
import { recordAudit } from '../../audit.ts';
import type { Ctx } from '../../context.ts';
import { AppError, conflict, forbidden, invalid } from '../../errors.ts';
import { restampEvaluation } from '../evaluation/service/restamp.ts';
import { unitRefsByIds } from '../org-unit/queries.ts';
import { dmy, vnToday } from '../remediation/rules.ts';
import { computeFigures, mayDecide, presentSafety, snapshot } from './present.ts';
import { findRecognition, type RecognitionRow } from './queries.ts';
import { assess, windowOf } from './rules.ts';
import { loadSituation, type Situation } from './situation.ts';

/** The title of one unit for one year: the checklist, computed figures, the current decision and `can`. */
export async function getSafety(ctx: Ctx, unitId: number, year: number): Promise<SafetyView> {
  const s = await loadSituation(ctx.db, ctx, unitId, year);
  return presentSafety(ctx.db, ctx.actor, s);
}

/**
 * Records the competent level's decision. Computed items are counted here, so
 * a tick sent for them changes nothing; the title is granted only when every
 * item is met. A later decision of the same year replaces the row (with a
 * version check), and the audit keeps both states.
 */
export async function decideSafety(ctx: Ctx, unitId: number, year: number, body: DecideSafetyBody) {
  return ctx.db.transaction(async (tx) => {
    const s = await loadSituation(tx, ctx, unitId, year);
    await assertDecider(tx, ctx, s);
    if (s.cycle.status !== 'open') throw invalid('safety.cycleClosed', { year });
    const current = await findRecognition(tx, unitId, year, true);
    await assertVersion(tx, ctx, s, current, body.version);
    assertDecisionDate(ctx, s, body.decisionDate);
    const result = assess(s.def.items, body.checks, await computeFigures(tx, s));
    if (result.unknown.length) {
      const code = result.unknown[0]!;
      throw invalid('safety.unknownItem', { code }, [
        { path: `body.checks.${code}`, message: 'msg:safety.unknownItem' },
      ]);
    }
    if (result.missing.length) {
      const item = result.missing[0]!;
      throw invalid('safety.itemMissing', { code: item.code, text: item.text, count: result.missing.length }, [
        { path: `body.checks.${item.code}`, message: 'msg:safety.itemMissing' },
      ]);
    }
    const values = {
      cycleId: s.cycle.id,
      unitPath: s.unit.path,
      checklistSetId: s.set.id,
      checks: result.checks,
      status: result.granted ? ('granted' as const) : ('refused' as const),
      decisionNumber: body.decisionNumber,
      decisionDate: body.decisionDate,
      decidedBy: ctx.actor.id,
      revokedAt: null,
      revokeReason: null,
      revokedBy: null,
      updatedAt: ctx.clock.now(),
    };
    const after = current
      ? await update(tx, current.id, values)
      : await insertOnce(tx, ctx, s, { ...values, unitId, year });
    // The title gates the movement class: an undecided sheet shows the class it gives now.
    await restampEvaluation(tx, unitId, year);
    await recordAudit(tx, {
      action: 'safety.decided',
      actor: ctx.actor,
      unit: s.unit,
      targetType: 'safetyRecognition',
      targetId: after.id,
      before: snapshot(current),
      after: snapshot(after),
      ip: ctx.ip,
    });
    return presentSafety(tx, ctx.actor, s, after);
  });
}

/** Withdraws a granted title with a reason; the decision stays on record beside the revocation. */
export async function revokeSafety(ctx: Ctx, unitId: number, year: number, body: RevokeSafetyBody) {
  return ctx.db.transaction(async (tx) => {
    const s = await loadSituation(tx, ctx, unitId, year);
    await assertDecider(tx, ctx, s);
    const current = await findRecognition(tx, unitId, year, true);
    await assertVersion(tx, ctx, s, current, body.version);
    if (current?.status !== 'granted') throw invalid('safety.notGranted');
    const after = await update(tx, current.id, {
      status: 'revoked',
      revokedAt: ctx.clock.now(),
      revokeReason: body.reason,
      revokedBy: ctx.actor.id,
      updatedAt: ctx.clock.now(),
    });
    await restampEvaluation(tx, unitId, year);
    await recordAudit(tx, {
      action: 'safety.revoked',
      actor: ctx.actor,
      unit: s.unit,
      targetType: 'safetyRecognition',
      targetId: after.id,
      before: snapshot(current),
      after: snapshot(after),
      ip: ctx.ip,
    });
    return presentSafety(tx, ctx.actor, s, after);
  });
}

async function assertDecider(db: Executor, ctx: Ctx, s: Situation) {
  if (mayDecide(ctx.actor, s)) return;
  const decider = (await unitRefsByIds(db, [s.deciderId])).get(s.deciderId);
  throw forbidden('safety.decideForbidden', { decider: decider?.name ?? '' });
}

async function assertVersion(db: Executor, ctx: Ctx, s: Situation, row: RecognitionRow | undefined, v: number) {
  if ((row?.version ?? 0) !== v) throw conflict('safety.stale', await presentSafety(db, ctx.actor, s, row ?? null));
}

function assertDecisionDate(ctx: Ctx, s: Situation, date: string) {
  const field = [{ path: 'body.decisionDate', message: '' }];
  const today = vnToday(ctx.clock.now());
  if (date > today) {
    throw invalid(
      'safety.decisionInFuture',
      { date: dmy(date), today: dmy(today) },
      withKey(field, 'decisionInFuture'),
    );
  }
  const from = windowOf(s.def, s.year).from;
  if (date < from) {
    throw invalid(
      'safety.decisionBeforeWindow',
      { date: dmy(date), from: dmy(from) },
      withKey(field, 'decisionBeforeWindow'),
    );
  }
}

const withKey = (f: { path: string }[], key: string) => f.map((x) => ({ path: x.path, message: `msg:safety.${key}` }));

async function update(tx: Executor, id: number, set: Partial<typeof safetyRecognitions.$inferInsert>) {
  const [row] = await tx
    .update(safetyRecognitions)
    .set({ ...set, version: sql`${safetyRecognitions.version} + 1` })
    .where(eq(safetyRecognitions.id, id))
    .returning();
  return row!;
}

/** The first decision of the year; a concurrent first decision that won the race makes this one stale. */
async function insertOnce(tx: Executor, ctx: Ctx, s: Situation, values: typeof safetyRecognitions.$inferInsert) {
  const [row] = await tx
    .insert(safetyRecognitions)
    .values(values)
    .onConflictDoNothing({ target: [safetyRecognitions.unitId, safetyRecognitions.year] })
    .returning();
  if (row) return row;
  const now = await findRecognition(tx, s.unit.id, s.year);
  throw new AppError(
    409,
    'safety.stale',
    {},
    { extra: { current: await presentSafety(tx, ctx.actor, s, now ?? null) } },
  );
}
