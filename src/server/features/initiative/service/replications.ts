import { and, eq } from 'drizzle-orm';
import type { EditReplicationBody, ReplicateBody } from '../../../../common/initiative/schemas.ts';
import type { Tx } from '../../../../db/client.ts';
import { initiativeReplications } from '../../../../db/schema/index.ts';
import { descendantsOf, replicationRefusal } from '../../../../domain/initiative/chain.ts';
import { stageAfterReplication, type WorkingStage } from '../../../../domain/initiative/stage.ts';
import { displayDate } from '../../../../domain/text.ts';
import type { Ctx } from '../../../context.ts';
import { invalid, notFound } from '../../../errors.ts';
import { authorize } from '../../../policy.ts';
import { todayOf } from '../../../registry/read.ts';
import { getUnit } from '../../org-unit/queries.ts';
import type { InitiativeRow } from '../registry.ts';
import { writeOnInitiative } from './write.ts';

const pointsOf = (tx: Tx, initiativeId: number) =>
  tx.select().from(initiativeReplications).where(eq(initiativeReplications.initiativeId, initiativeId));

/** The date of a point: not in the future, not before the initiative started nor before the point it came from. */
function checkDate(ctx: Ctx, rec: InitiativeRow, on: string, sourceOn?: string) {
  const refuse = (key: string, date: string) => {
    throw invalid(key, { date: displayDate(date) }, [{ path: 'body.replicatedOn', message: `msg:${key}` }]);
  };
  if (on > todayOf(ctx)) refuse('registry.dateInFuture', on);
  if (on < rec.startedOn) refuse('initiative.pointBeforeStart', rec.startedOn);
  if (sourceOn && on < sourceOn) refuse('initiative.pointBeforeSource', sourceOn);
}

/**
 * Adds a replication point: the initiative applied in unit X, taken from the
 * original or from one of its points. The actor manages both the
 * initiative's unit and X; X is neither the original unit nor already a
 * point. The first point moves the initiative to the "replicated" stage.
 */
export function replicate(ctx: Ctx, id: number, body: ReplicateBody) {
  return writeOnInitiative(ctx, id, body.version, async (tx, rec) => {
    const unit = await getUnit(tx, body.unitId);
    if (!unit)
      throw invalid('registry.unitMissing', {}, [{ path: 'body.unitId', message: 'msg:registry.unitMissing' }]);
    authorize(ctx.actor, 'initiative.manage', unit);
    if (unit.status !== 'active') {
      throw invalid('registry.unitInactive', { unit: unit.name }, [
        { path: 'body.unitId', message: 'msg:registry.unitInactive' },
      ]);
    }
    const points = await pointsOf(tx, id);
    const why = replicationRefusal(rec.unitId, points, unit.id, body.fromReplicationId);
    if (why) {
      const path = why === 'unknownSource' ? 'body.fromReplicationId' : 'body.unitId';
      throw invalid(`initiative.${why}`, { unit: unit.name }, [{ path, message: `msg:initiative.${why}` }]);
    }
    const source = points.find((p) => p.id === body.fromReplicationId);
    checkDate(ctx, rec, body.replicatedOn, source?.replicatedOn);
    const [point] = await tx
      .insert(initiativeReplications)
      .values({
        initiativeId: id,
        unitId: unit.id,
        unitPath: unit.path,
        fromReplicationId: body.fromReplicationId,
        replicatedOn: body.replicatedOn,
        teams: body.teams,
        note: body.note,
      })
      .returning();
    const stage = stageAfterReplication(rec.stage as WorkingStage);
    return {
      set: stage === rec.stage ? {} : { stage },
      audit: { action: 'initiative.replicated', after: { ...point, unitName: unit.name, stage } },
    };
  });
}

/** The point, in the actor's units (editing a point is acting on its unit too). */
async function lockedPoint(ctx: Ctx, tx: Tx, initiativeId: number, pointId: number) {
  const [point] = await tx
    .select()
    .from(initiativeReplications)
    .where(and(eq(initiativeReplications.id, pointId), eq(initiativeReplications.initiativeId, initiativeId)));
  if (!point) throw notFound();
  authorize(ctx.actor, 'initiative.manage', { path: point.unitPath });
  return point;
}

/** Corrects a point's date, teams or note (its unit and source stay: add another point instead). */
export function editReplication(ctx: Ctx, id: number, pointId: number, body: EditReplicationBody) {
  return writeOnInitiative(ctx, id, body.version, async (tx, rec) => {
    const before = await lockedPoint(ctx, tx, id, pointId);
    const points = await pointsOf(tx, id);
    const source = points.find((p) => p.id === before.fromReplicationId);
    checkDate(ctx, rec, body.replicatedOn, source?.replicatedOn);
    const taken = points.filter((p) => p.fromReplicationId === pointId && p.replicatedOn < body.replicatedOn);
    if (taken.length > 0) {
      throw invalid('initiative.pointAfterTaken', { date: displayDate(taken[0]!.replicatedOn) }, [
        { path: 'body.replicatedOn', message: 'msg:initiative.pointAfterTaken' },
      ]);
    }
    const [after] = await tx
      .update(initiativeReplications)
      .set({ replicatedOn: body.replicatedOn, teams: body.teams, note: body.note })
      .where(eq(initiativeReplications.id, pointId))
      .returning();
    return { audit: { action: 'initiative.replicationSaved', before, after } };
  });
}

/** Removes a point entered by mistake; refused while other points were taken from it. The stage stays. */
export function removeReplication(ctx: Ctx, id: number, pointId: number, version: number) {
  return writeOnInitiative(ctx, id, version, async (tx) => {
    const before = await lockedPoint(ctx, tx, id, pointId);
    if (descendantsOf(await pointsOf(tx, id), pointId).length > 0) throw invalid('initiative.pointHasChildren');
    await tx.delete(initiativeReplications).where(eq(initiativeReplications.id, pointId));
    return { audit: { action: 'initiative.replicationSaved', before, after: null } };
  });
}
