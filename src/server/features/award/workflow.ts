import { eq } from 'drizzle-orm';
import type { ApproveProposalBody } from '../../../common/award/schemas.ts';
import type { Tx } from '../../../db/client.ts';
import { awardDecisions, awardProposals, awardRecipients } from '../../../db/schema/index.ts';
import { type ProposalStatus, transition } from '../../../domain/award/workflow.ts';
import { recordAudit } from '../../audit.ts';
import type { Ctx } from '../../context.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { authorize, can } from '../../policy.ts';
import { getRecord, todayOf } from '../../registry/read.ts';
import { bump, insertRecord, lockForWrite } from '../../registry/write.ts';
import { getUnit, type UnitRow } from '../org-unit/queries.ts';
import { decisionRegistry } from './decision-registry.ts';
import { authorizeDecideAbove, decidingUnitId } from './policy.ts';
import { proposalRegistry } from './proposal-registry.ts';
import { refreshRecipientNames } from './recipients.ts';

type ProposalRow = typeof awardProposals.$inferSelect;

/** Applies a workflow step or throws the reason it is refused (field paths for the form). */
export function step(
  p: ProposalRow,
  action: 'edit' | 'submit' | 'approve' | 'refuse',
  facts: { recipients: number; refusalReason?: string },
) {
  if (p.closedOn) throw invalid('award.proposalClosed');
  const t = transition(p.status as ProposalStatus, action, facts);
  if (t.ok) return t.next;
  if (t.error === 'noRecipients') throw invalid('award.noRecipients');
  if (t.error === 'reasonRequired') {
    throw invalid('award.refusalReasonRequired', {}, [
      { path: 'body.reason', message: 'msg:award.refusalReasonRequired' },
    ]);
  }
  throw invalid(`award.notAllowed.${p.status}`);
}

const countRecipients = async (tx: Tx, proposalId: number) =>
  (await tx.select({ id: awardRecipients.id }).from(awardRecipients).where(eq(awardRecipients.proposalId, proposalId)))
    .length;

async function audit(
  tx: Tx,
  ctx: Ctx,
  action: 'award.proposalSubmitted' | 'award.proposalApproved' | 'award.proposalRefused',
  unit: UnitRow,
  before: unknown,
  after: ProposalRow,
) {
  await recordAudit(tx, {
    action,
    actor: ctx.actor,
    unit: { id: unit.id, path: unit.path },
    targetType: proposalRegistry.name,
    targetId: after.id,
    before,
    after,
    ip: ctx.ip,
  });
}

/** The unit sends its proposal up (it needs at least one recipient); a refused one goes up again. */
export async function submitProposal(ctx: Ctx, id: number, version: number) {
  return ctx.db.transaction(async (tx) => {
    const { rec, unit } = await lockForWrite(tx, ctx, proposalRegistry, id, version);
    const p = rec as ProposalRow;
    const next = step(p, 'submit', { recipients: await countRecipients(tx, id) });
    const after = (await bump(tx, proposalRegistry, id, {
      status: next,
      submittedOn: todayOf(ctx),
      refusalReason: null,
    })) as ProposalRow;
    await audit(tx, ctx, 'award.proposalSubmitted', unit, p, after);
    return getRecord(ctx, proposalRegistry, id, tx);
  });
}

/** Locks a proposal for the level above: read rights, a decider strictly above, the version seen. */
async function lockForDecision(tx: Tx, ctx: Ctx, id: number, version: number) {
  const [p] = await tx.select().from(awardProposals).where(eq(awardProposals.id, id)).for('update');
  if (!p) throw notFound();
  const unit = await getUnit(tx, p.unitId);
  if (!unit) throw notFound();
  authorize(ctx.actor, 'registry.read', unit);
  authorizeDecideAbove(ctx.actor, unit);
  if (p.version !== version) throw conflict('registry.stale', await getRecord(ctx, proposalRegistry, id, tx));
  return { p, unit };
}

/** Refuses a submitted proposal with a reason the unit sees; it may correct and resubmit. */
export async function refuseProposal(ctx: Ctx, id: number, body: { version: number; reason: string }) {
  return ctx.db.transaction(async (tx) => {
    const { p, unit } = await lockForDecision(tx, ctx, id, body.version);
    const next = step(p, 'refuse', { recipients: 0, refusalReason: body.reason });
    const after = (await bump(tx, proposalRegistry, id, { status: next, refusalReason: body.reason })) as ProposalRow;
    await audit(tx, ctx, 'award.proposalRefused', unit, p, after);
    return getRecord(ctx, proposalRegistry, id, tx);
  });
}

/**
 * Approves a submitted proposal into a decision: an open decision of the same
 * form at a unit above (decisionId), or a new one created here (number and
 * date). The proposal's recipients become the decision's, all in one
 * transaction with its audit rows.
 */
export async function approveProposal(ctx: Ctx, id: number, body: ApproveProposalBody) {
  return ctx.db.transaction(async (tx) => {
    const { p, unit } = await lockForDecision(tx, ctx, id, body.version);
    const next = step(p, 'approve', { recipients: await countRecipients(tx, id) });
    const decisionId = body.decisionId
      ? await existingDecision(tx, ctx, p, unit, body.decisionId)
      : await newDecision(tx, ctx, p, unit, body);
    await tx.update(awardRecipients).set({ decisionId }).where(eq(awardRecipients.proposalId, id));
    await refreshRecipientNames(tx, decisionId);
    const after = (await bump(tx, proposalRegistry, id, {
      status: next,
      decisionId,
      refusalReason: null,
    })) as ProposalRow;
    await audit(tx, ctx, 'award.proposalApproved', unit, p, after);
    return getRecord(ctx, proposalRegistry, id, tx);
  });
}

async function existingDecision(tx: Tx, ctx: Ctx, p: ProposalRow, unit: UnitRow, decisionId: number) {
  const [d] = await tx.select().from(awardDecisions).where(eq(awardDecisions.id, decisionId)).for('update');
  const fits =
    d &&
    d.closedOn === null &&
    d.formCode === p.formCode &&
    unit.path.startsWith(d.unitPath) &&
    d.unitPath !== unit.path &&
    can(ctx.actor, 'award.decide', d.unitPath);
  if (!fits) {
    throw invalid('award.decisionUnfit', {}, [{ path: 'body.decisionId', message: 'msg:award.decisionUnfit' }]);
  }
  // adding recipients changes the decision: its editors must reload
  await bump(tx, decisionRegistry, d.id, {});
  await recordAudit(tx, {
    action: 'award.decisionSaved',
    actor: ctx.actor,
    unit: { id: d.unitId, path: d.unitPath },
    targetType: decisionRegistry.name,
    targetId: d.id,
    after: { addedFromProposal: p.id },
    ip: ctx.ip,
  });
  return d.id;
}

async function newDecision(tx: Tx, ctx: Ctx, p: ProposalRow, unit: UnitRow, body: ApproveProposalBody) {
  const missing = [
    ...(body.decisionNumber ? [] : [{ path: 'body.decisionNumber', message: 'msg:award.numberRequired' }]),
    ...(body.decidedOn ? [] : [{ path: 'body.decidedOn', message: 'msg:award.dateRequired' }]),
  ];
  if (missing.length > 0) throw invalid('award.decisionMissing', {}, missing);
  const unitId = decidingUnitId(ctx.actor, unit.path)!;
  const rec = await insertRecord(tx, ctx, decisionRegistry, {
    unitId,
    formCode: p.formCode,
    decisionNumber: body.decisionNumber!,
    decidedOn: body.decidedOn!,
    issuer: body.issuer ?? null,
    reason: p.reason,
    occasion: p.occasion,
    rewardedProgramId: p.rewardedProgramId,
    rewardedCampaignId: p.rewardedCampaignId,
  });
  return rec.id;
}
