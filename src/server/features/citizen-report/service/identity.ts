import type { IdentityView } from '../../../../common/citizen-report/schemas.ts';
import { recordAudit } from '../../../audit.ts';
import type { Ctx } from '../../../context.ts';
import { decryptIdentity } from '../../../crypto/identity.ts';
import { forbidden } from '../../../errors.ts';
import { can } from '../../../policy.ts';
import { auditTarget, readableReport } from './load.ts';

/**
 * Shows who reported an item, to a holder of `report.readIdentity` over its
 * unit. The view is written to the audit log in the same transaction (who,
 * when, which item; never the identity itself), so no view goes unrecorded.
 */
export async function viewIdentity(ctx: Ctx, key: Buffer, id: number): Promise<IdentityView> {
  return ctx.db.transaction(async (tx) => {
    const r = await readableReport(ctx, id, tx);
    if (!can(ctx.actor, 'report.readIdentity', r.unitPath)) throw forbidden('report.identityForbidden');
    const viewedAt = ctx.clock.now();
    await recordAudit(tx, {
      action: 'report.identityViewed',
      actor: ctx.actor,
      ...auditTarget(r),
      after: { receiptCode: r.receiptCode, anonymous: r.anonymous },
      ip: ctx.ip,
    });
    const identity = r.anonymous || !r.reporterEnc ? null : decryptIdentity(key, r.reporterEnc);
    return { anonymous: r.anonymous || !r.reporterEnc, identity, viewedAt: viewedAt.toISOString() };
  });
}
