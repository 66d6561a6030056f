import { eq } from 'drizzle-orm';
import type { AwardRecipientBody } from '../../../common/award/schemas.ts';
import type { Tx } from '../../../db/client.ts';
import { type awardProposals, awardRecipients } from '../../../db/schema/index.ts';
import { recordAudit } from '../../audit.ts';
import type { Ctx } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { getRecord } from '../../registry/read.ts';
import { bump, lockForWrite } from '../../registry/write.ts';
import type { UnitRow } from '../org-unit/queries.ts';
import { proposalRegistry } from './proposal-registry.ts';
import { getRecipient, recipientValues } from './recipients.ts';
import { step } from './workflow.ts';

type Change = { version: number } & (
  | { add: AwardRecipientBody }
  | { edit: AwardRecipientBody; id: number }
  | { remove: number }
);

/**
 * Adds, edits or removes a recipient of a proposal while the unit may still
 * edit it (draft or refused). The proposal's version guards concurrent edits.
 */
export async function changeProposalRecipient(ctx: Ctx, proposalId: number, change: Change) {
  return ctx.db.transaction(async (tx) => {
    const { rec, unit } = await lockForWrite(tx, ctx, proposalRegistry, proposalId, change.version);
    step(rec as typeof awardProposals.$inferSelect, 'edit', { recipients: 0 });
    if ('add' in change) {
      const values = await recipientValues(tx, unit, change.add);
      const [row] = await tx
        .insert(awardRecipients)
        .values({ ...values, proposalId })
        .returning();
      await audit(tx, ctx, unit, row!.id, null, row);
    } else {
      const id = 'edit' in change ? change.id : change.remove;
      const before = await getRecipient(tx, id, { proposalId });
      if (!before) throw notFound();
      if ('edit' in change) {
        const values = await recipientValues(tx, unit, change.edit);
        const [row] = await tx.update(awardRecipients).set(values).where(eq(awardRecipients.id, id)).returning();
        await audit(tx, ctx, unit, id, before, row);
      } else {
        await tx.delete(awardRecipients).where(eq(awardRecipients.id, id));
        await audit(tx, ctx, unit, id, before, null);
      }
    }
    await bump(tx, proposalRegistry, proposalId, {});
    return getRecord(ctx, proposalRegistry, proposalId, tx);
  });
}

export async function audit(tx: Tx, ctx: Ctx, unit: UnitRow, id: number, before: unknown, after: unknown) {
  await recordAudit(tx, {
    action: 'award.recipientSaved',
    actor: ctx.actor,
    unit: { id: unit.id, path: unit.path },
    targetType: 'awardRecipient',
    targetId: id,
    before,
    after,
    ip: ctx.ip,
  });
}
