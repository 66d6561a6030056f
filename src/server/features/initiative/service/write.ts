import type { AuditAction } from '../../../../common/audit-events.ts';
import type { Tx } from '../../../../db/client.ts';
import { displayDate } from '../../../../domain/text.ts';
import { recordAudit } from '../../../audit.ts';
import type { Ctx } from '../../../context.ts';
import { invalid } from '../../../errors.ts';
import { getRecord } from '../../../registry/read.ts';
import { bump, lockForWrite } from '../../../registry/write.ts';
import type { UnitRow } from '../../org-unit/queries.ts';
import { type InitiativeRow, initiativeRegistry } from '../registry.ts';

type Change = {
  /** what the audit row says happened; before/after describe the sub-record */
  audit: { action: AuditAction; before?: unknown; after?: unknown };
  /** more columns of the initiative to set (the stage after a replication) */
  set?: Record<string, unknown>;
};

/**
 * One write on an initiative's sub-records (points, recognitions, files), as
 * one transaction: lock the initiative, check the actor's rights on its unit
 * and the version the user saw (409 with the current record), refuse a
 * stopped initiative, apply the change, bump the version, write the audit
 * row. Returns the initiative's detail as it is after.
 */
export function writeOnInitiative(
  ctx: Ctx,
  id: number,
  version: number,
  apply: (tx: Tx, rec: InitiativeRow, unit: UnitRow) => Promise<Change>,
) {
  return ctx.db.transaction(async (tx) => {
    const locked = await lockForWrite(tx, ctx, initiativeRegistry, id, version);
    const rec = locked.rec as unknown as InitiativeRow;
    if (rec.closedOn) throw invalid('registry.closed', { date: displayDate(rec.closedOn) });
    const change = await apply(tx, rec, locked.unit);
    await bump(tx, initiativeRegistry, id, change.set ?? {});
    await recordAudit(tx, {
      action: change.audit.action,
      actor: ctx.actor,
      unit: { id: locked.unit.id, path: locked.unit.path },
      targetType: 'initiative',
      targetId: id,
      before: change.audit.before ?? null,
      after: change.audit.after ?? null,
      ip: ctx.ip,
    });
    return getRecord(ctx, initiativeRegistry, id, tx);
  });
}
