import { eq, sql } from 'drizzle-orm';
import type { CloseRecordBody, ReopenRecordBody } from '../../common/registry/schemas.ts';
import type { Tx } from '../../db/client.ts';
import { displayDate } from '../../domain/text.ts';
import { recordAudit } from '../audit.ts';
import type { Ctx } from '../context.ts';
import { conflict, invalid, notFound } from '../errors.ts';
import { getUnit, type UnitRow } from '../features/org-unit/queries.ts';
import { authorize } from '../policy.ts';
import type { AnyRegistry, BaseRow } from './define.ts';
import { getRecord, todayOf } from './read.ts';

type Body = Record<string, unknown>;

/** The unit a record goes to: it exists, is in the actor's units and is still active. */
export async function writableUnit(tx: Tx, ctx: Ctx, reg: AnyRegistry, unitId: number): Promise<UnitRow> {
  const unit = await getUnit(tx, unitId);
  if (!unit) throw invalid('registry.unitMissing', {}, [{ path: 'body.unitId', message: 'msg:registry.unitMissing' }]);
  authorize(ctx.actor, reg.perms.manage, unit);
  if (unit.status !== 'active') {
    throw invalid('registry.unitInactive', { unit: unit.name }, [
      { path: 'body.unitId', message: 'msg:registry.unitInactive' },
    ]);
  }
  return unit;
}

/** Creates a record under a unit; the registry's rules run first, the audit row commits with it. */
export async function createRecord(ctx: Ctx, reg: AnyRegistry, body: Body & { unitId: number }) {
  return ctx.db.transaction(async (tx) => {
    const rec = await insertRecord(tx, ctx, reg, body);
    return getRecord(ctx, reg, rec.id, tx);
  });
}

/** The insert and audit of one record, shared by create and import. */
export async function insertRecord(
  tx: Tx,
  ctx: Ctx,
  reg: AnyRegistry,
  body: Body & { unitId: number },
  unit?: UnitRow,
) {
  const { unitId, ...own } = body;
  const target = unit ?? (await writableUnit(tx, ctx, reg, unitId));
  await reg.check?.({ tx, ctx, unit: target, today: todayOf(ctx) }, own);
  const [rec] = (await tx
    .insert(reg.table)
    .values({ ...reg.values(own), unitId: target.id, unitPath: target.path })
    .returning()) as BaseRow[];
  await audit(tx, ctx, reg, 'registry.created', target, rec!, null, rec);
  return rec!;
}

/** Edits a record at the version the user saw; a closed record is read-only until reopened. */
export async function updateRecord(
  ctx: Ctx,
  reg: AnyRegistry,
  id: number,
  body: Body & { version: number; unitId?: number },
) {
  return ctx.db.transaction(async (tx) => {
    const { version, unitId, ...own } = body;
    const { rec, unit } = await lockForWrite(tx, ctx, reg, id, version);
    if (rec.closedOn) throw closedError(rec);
    await applyUpdate(tx, ctx, reg, rec, unit, own, unitId);
    return getRecord(ctx, reg, id, tx);
  });
}

/** Writes new values of a locked record (used by edit and by import rows carrying an ID). */
export async function applyUpdate(
  tx: Tx,
  ctx: Ctx,
  reg: AnyRegistry,
  rec: BaseRow,
  unit: UnitRow,
  own: Body,
  unitId?: number,
) {
  const target = unitId && unitId !== unit.id ? await writableUnit(tx, ctx, reg, unitId) : unit;
  await reg.check?.({ tx, ctx, unit: target, today: todayOf(ctx), existing: rec }, own);
  const after = await bump(tx, reg, rec.id, { ...reg.values(own), unitId: target.id, unitPath: target.path });
  await audit(tx, ctx, reg, 'registry.updated', target, rec, rec, after);
  return after;
}

/** Closes a record (stopped, dissolved, ended): kept for history and counts, never deleted. */
export async function closeRecord(ctx: Ctx, reg: AnyRegistry, id: number, body: CloseRecordBody) {
  return ctx.db.transaction(async (tx) => {
    const { rec, unit } = await lockForWrite(tx, ctx, reg, id, body.version);
    if (rec.closedOn) throw closedError(rec);
    const today = todayOf(ctx);
    if (body.closedOn > today) {
      throw invalid('registry.dateInFuture', { date: displayDate(body.closedOn) }, [
        { path: 'body.closedOn', message: 'msg:registry.dateInFuture' },
      ]);
    }
    const after = await bump(tx, reg, id, { closedOn: body.closedOn, closeReason: body.reason });
    await audit(tx, ctx, reg, 'registry.closed', unit, rec, rec, after);
    return getRecord(ctx, reg, id, tx);
  });
}

/** Undoes a close made in error. */
export async function reopenRecord(ctx: Ctx, reg: AnyRegistry, id: number, body: ReopenRecordBody) {
  return ctx.db.transaction(async (tx) => {
    const { rec, unit } = await lockForWrite(tx, ctx, reg, id, body.version);
    if (!rec.closedOn) throw invalid('registry.notClosed');
    await reg.reopenCheck?.({ tx, ctx, unit, today: todayOf(ctx), existing: rec }, rec);
    const after = await bump(tx, reg, id, { closedOn: null, closeReason: null });
    await audit(tx, ctx, reg, 'registry.reopened', unit, rec, rec, after);
    return getRecord(ctx, reg, id, tx);
  });
}

/** Locks the record, checks the actor's rights on its unit and the version (409 with the record as it is). */
export async function lockForWrite(tx: Tx, ctx: Ctx, reg: AnyRegistry, id: number, version: number) {
  const [rec] = (await tx.select().from(reg.table).where(eq(reg.table.id, id)).for('update')) as BaseRow[];
  if (!rec) throw notFound();
  const unit = await getUnit(tx, rec.unitId);
  if (!unit) throw notFound();
  authorize(ctx.actor, reg.perms.read, unit);
  authorize(ctx.actor, reg.perms.manage, unit);
  if (rec.version !== version) throw conflict('registry.stale', await getRecord(ctx, reg, id, tx));
  return { rec, unit };
}

export async function bump(tx: Tx, reg: AnyRegistry, id: number, set: Body) {
  const [row] = (await tx
    .update(reg.table)
    .set({ ...set, version: sql`${reg.table.version} + 1`, updatedAt: new Date() })
    .where(eq(reg.table.id, id))
    .returning()) as BaseRow[];
  return row!;
}

const closedError = (rec: BaseRow) => invalid('registry.closed', { date: displayDate(rec.closedOn!) });

export async function audit(
  tx: Tx,
  ctx: Ctx,
  reg: AnyRegistry,
  action: 'registry.created' | 'registry.updated' | 'registry.closed' | 'registry.reopened',
  unit: { id: number; path: string },
  rec: BaseRow,
  before: unknown,
  after: unknown,
) {
  await recordAudit(tx, {
    action,
    actor: ctx.actor,
    unit: { id: unit.id, path: unit.path },
    targetType: reg.name,
    targetId: rec.id,
    before,
    after,
    ip: ctx.ip,
  });
}
