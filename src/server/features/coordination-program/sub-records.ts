import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActivityWriteBody, ReviewWriteBody } from '../../../common/coordination-program/schemas.ts';
import type { Executor, Tx } from '../../../db/client.ts';
import { programActivities, programReviews } from '../../../db/schema/index.ts';
import {
  type ActivityStatus,
  activityProblems,
  partyKey,
  type ReviewKind,
  reviewProblems,
} from '../../../domain/coordination-program/rules.ts';
import { displayDate } from '../../../domain/text.ts';
import { recordAudit } from '../../audit.ts';
import type { Ctx } from '../../context.ts';
import { invalid, notFound } from '../../errors.ts';
import { getRecord, todayOf } from '../../registry/read.ts';
import { bump, lockForWrite } from '../../registry/write.ts';
import { coordinationProgramRegistry as reg } from './registry.ts';

type Program = typeof import('../../../db/schema/index.ts').coordinationPrograms.$inferSelect;
type Problem = { path: string; key: string };

/** The first problem as a 422 naming every problem's field; `date` fills the message. */
function refuse(problems: Problem[], params: Record<string, string>) {
  const first = problems[0];
  if (!first) return;
  throw invalid(
    first.key,
    params,
    problems.map((p) => ({ path: `body.${p.path}`, message: `msg:${p.key}` })),
  );
}

/** Locks an open programme at the version the user saw, with the rights of its unit checked. */
async function lockProgram(tx: Tx, ctx: Ctx, programId: number, version: number) {
  const { rec, unit } = await lockForWrite(tx, ctx, reg, programId, version);
  if (rec.closedOn) throw invalid('registry.closed', { date: displayDate(rec.closedOn) });
  return { program: rec as unknown as Program, unit };
}

type ActivityInput = z.infer<typeof ActivityWriteBody>;

/** The party named as responsible must be one of the programme's parties; stored as the programme spells it. */
function responsibleOf(program: Program, party: string) {
  const hit = program.parties.find((p) => partyKey(p) === partyKey(party));
  if (!hit) {
    throw invalid('coordinationProgram.partyUnknown', { party }, [
      { path: 'body.responsibleParty', message: 'msg:coordinationProgram.partyUnknown' },
    ]);
  }
  return hit;
}

/**
 * Adds (`activityId` undefined) or edits an activity of a programme: one
 * transaction, the programme's version bumped (so concurrent edits get a
 * 409), the status move and done date checked, audited.
 */
export async function saveActivity(ctx: Ctx, programId: number, activityId: number | undefined, input: ActivityInput) {
  return ctx.db.transaction(async (tx) => {
    const { version, ...body } = input;
    const { program, unit } = await lockProgram(tx, ctx, programId, version);
    const before = activityId ? await activityOf(tx, programId, activityId) : null;
    const today = todayOf(ctx);
    refuse(activityProblems(body, today, before?.status as ActivityStatus | undefined), {
      date: body.doneOn ? displayDate(body.doneOn) : '',
    });
    const values = { ...body, responsibleParty: responsibleOf(program, body.responsibleParty) };
    const [after] = before
      ? await tx
          .update(programActivities)
          .set({ ...values, updatedAt: new Date() })
          .where(eq(programActivities.id, before.id))
          .returning()
      : await tx
          .insert(programActivities)
          .values({ ...values, programId, unitId: unit.id, unitPath: unit.path })
          .returning();
    await bump(tx, reg, programId, {});
    await audit(tx, ctx, unit, 'coordinationProgram.activitySaved', programId, before, after);
    return getRecord(ctx, reg, programId, tx);
  });
}

type ReviewInput = z.infer<typeof ReviewWriteBody>;

/** Adds or edits a review (sơ kết / tổng kết); one final review, held after every interim one. */
export async function saveReview(ctx: Ctx, programId: number, reviewId: number | undefined, input: ReviewInput) {
  return ctx.db.transaction(async (tx) => {
    const { version, ...body } = input;
    const { program, unit } = await lockProgram(tx, ctx, programId, version);
    const before = reviewId ? await reviewOf(tx, programId, reviewId) : null;
    const others = await tx
      .select({ id: programReviews.id, kind: programReviews.kind, heldOn: programReviews.heldOn })
      .from(programReviews)
      .where(eq(programReviews.programId, programId));
    const problems = reviewProblems(
      { id: reviewId, ...body },
      others.map((o) => ({ ...o, kind: o.kind as ReviewKind })),
      program.signedOn,
      todayOf(ctx),
    );
    const date = displayDate(
      problems[0]?.key === 'coordinationProgram.reviewBeforeSigning' ? program.signedOn : body.heldOn,
    );
    refuse(problems, { date });
    const [after] = before
      ? await tx
          .update(programReviews)
          .set({ ...body, updatedAt: new Date() })
          .where(eq(programReviews.id, before.id))
          .returning()
      : await tx
          .insert(programReviews)
          .values({ ...body, programId, unitId: unit.id, unitPath: unit.path })
          .returning();
    await bump(tx, reg, programId, {});
    await audit(tx, ctx, unit, 'coordinationProgram.reviewSaved', programId, before, after);
    return getRecord(ctx, reg, programId, tx);
  });
}

async function activityOf(db: Executor, programId: number, id: number) {
  const [a] = await db
    .select()
    .from(programActivities)
    .where(and(eq(programActivities.id, id), eq(programActivities.programId, programId)));
  if (!a) throw notFound();
  return a;
}

async function reviewOf(db: Executor, programId: number, id: number) {
  const [r] = await db
    .select()
    .from(programReviews)
    .where(and(eq(programReviews.id, id), eq(programReviews.programId, programId)));
  if (!r) throw notFound();
  return r;
}

async function audit(
  tx: Tx,
  ctx: Ctx,
  unit: { id: number; path: string },
  action: 'coordinationProgram.activitySaved' | 'coordinationProgram.reviewSaved',
  programId: number,
  before: unknown,
  after: unknown,
) {
  await recordAudit(tx, {
    action,
    actor: ctx.actor,
    unit: { id: unit.id, path: unit.path },
    targetType: 'coordinationProgram',
    targetId: programId,
    before,
    after,
    ip: ctx.ip,
  });
}
