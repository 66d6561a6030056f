import type { CreateUnitBody } from '../../../../common/org-unit/schemas.ts';
import { recordAudit } from '../../../audit.ts';
import type { Ctx } from '../../../context.ts';
import { authorize } from '../../../policy.ts';
import { presentUnit } from '../present.ts';
import { lockUnits } from '../queries.ts';
import { insertUnit, writableUnit } from './write-helpers.ts';

/** Creates a unit under an active parent the actor manages. */
export async function createUnit(ctx: Ctx, body: CreateUnitBody) {
  return ctx.db.transaction(async (tx) => {
    const [locked] = await lockUnits(tx, [body.parentId]);
    const parent = locked?.depth === 0 ? locked : await writableUnit(tx, ctx, locked);
    authorize(ctx.actor, 'unit.manage', parent);
    const unit = await insertUnit(tx, ctx, {
      parent,
      kind: body.kind,
      level: body.level ?? null,
      code: body.code,
      name: body.name,
      typeLabel: body.typeLabel,
      validFrom: body.validFrom ?? ctx.clock.now().toISOString().slice(0, 10),
    });
    await recordAudit(tx, {
      action: 'unit.created',
      actor: ctx.actor,
      unit,
      targetType: 'unit',
      targetId: unit.id,
      after: snapshot(unit),
      ip: ctx.ip,
    });
    return presentUnit(tx, unit, ctx.actor);
  });
}

/** The fields worth keeping in an audit before/after. */
export const snapshot = (u: {
  code: string | null;
  name: string;
  level: string | null;
  kind: string;
  parentId: number | null;
  status: string;
  validFrom: string | null;
  validTo: string | null;
  typeLabel: string | null;
}) => ({
  code: u.code,
  name: u.name,
  level: u.level,
  kind: u.kind,
  typeLabel: u.typeLabel,
  parentId: u.parentId,
  status: u.status,
  validFrom: u.validFrom,
  validTo: u.validTo,
});
