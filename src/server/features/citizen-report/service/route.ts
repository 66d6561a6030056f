import { and, eq } from 'drizzle-orm';
import type { RecordReportBody, RecordResult, RerouteBody } from '../../../../common/citizen-report/schemas.ts';
import { kindsOfType } from '../../../../common/citizen-report/schemas.ts';
import type { Executor } from '../../../../db/client.ts';
import { citizenReports, orgUnits } from '../../../../db/schema/index.ts';
import { vietnamToday } from '../../../../domain/calendar.ts';
import { dueOn, type ReportKind } from '../../../../domain/citizen-report/time-limits.ts';
import { recordAudit } from '../../../audit.ts';
import type { Ctx } from '../../../context.ts';
import { encryptIdentity } from '../../../crypto/identity.ts';
import { hashSecret, newReceiptCode, newReceiptSecret } from '../../../crypto/receipt.ts';
import { invalid } from '../../../errors.ts';
import { authorize, can } from '../../../policy.ts';
import { insertEvent, updateReport } from '../queries.ts';
import { auditTarget, snapshot, writableReport } from './load.ts';

async function activeCommune(db: Executor, id: number, field: string) {
  const [unit] = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.id, id), eq(orgUnits.level, 'commune'), eq(orgUnits.status, 'active')));
  if (!unit) throw invalid('report.notCommune', {}, [{ path: field, message: 'msg:report.notCommune' }]);
  return unit;
}

/**
 * Sends an item to another commune's inbox, with a reason. The target may be
 * any active commune, also outside the actor's units: the reporter picked the
 * wrong place, and the receiving commune must see it. The item then leaves
 * the old inbox (unless the actor also covers the new commune); its legal
 * time limit still counts from the first receipt.
 */
export async function rerouteReport(ctx: Ctx, id: number, body: RerouteBody) {
  return ctx.db.transaction(async (tx) => {
    const r = await writableReport(tx, ctx, id, body.version);
    const target = await activeCommune(tx, body.unitId, 'body.unitId');
    if (target.id === r.unitId) {
      throw invalid('report.sameUnit', {}, [{ path: 'body.unitId', message: 'msg:report.sameUnit' }]);
    }
    const after = await updateReport(
      tx,
      id,
      r.version,
      { unitId: target.id, unitPath: target.path, assignedTo: null, status: 'received' },
      ctx.clock.now(),
    );
    await insertEvent(tx, {
      reportId: id,
      action: 'rerouted',
      fromUnitId: r.unitId,
      toUnitId: target.id,
      reason: body.reason,
      actorId: ctx.actor.id,
      actorName: ctx.actor.displayName,
      at: ctx.clock.now(),
    });
    await recordAudit(tx, {
      action: 'report.rerouted',
      actor: ctx.actor,
      ...auditTarget(r),
      before: snapshot(r),
      after: { ...snapshot(after!), reason: body.reason },
      ip: ctx.ip,
    });
    return {
      id,
      unit: { id: target.id, code: target.code, name: target.name, level: target.level, kind: target.kind },
      stillVisible: can(ctx.actor, 'report.read', target.path),
    };
  });
}

/**
 * Records a tip or petition received by phone, in person or by mail. The
 * officer's units must contain the commune; the officer hands the caller the
 * receipt code and the secret, which is shown only in this answer.
 */
export async function recordReport(ctx: Ctx, key: Buffer, body: RecordReportBody): Promise<RecordResult> {
  if (!kindsOfType[body.type].includes(body.kind)) {
    throw invalid('report.kindOfType', {}, [{ path: 'body.kind', message: 'msg:report.kindOfType' }]);
  }
  const secret = newReceiptSecret();
  const secretHash = await hashSecret(secret);
  return ctx.db.transaction(async (tx) => {
    const commune = await activeCommune(tx, body.unitId, 'body.unitId');
    authorize(ctx.actor, 'report.triage', commune);
    const now = ctx.clock.now();
    const identity = body.reporter && Object.values(body.reporter).some(Boolean) ? body.reporter : null;
    const anonymous = body.anonymous || identity === null;
    const [row] = await tx
      .insert(citizenReports)
      .values({
        receiptCode: newReceiptCode(),
        secretHash,
        type: body.type,
        kind: body.kind,
        category: body.category,
        description: body.description,
        occurredOn: body.occurredOn ?? null,
        occurredTime: body.occurredTime ?? null,
        unitId: commune.id,
        unitPath: commune.path,
        address: body.address ?? null,
        lat: body.lat ?? null,
        lng: body.lng ?? null,
        anonymous,
        reporterEnc: anonymous ? null : encryptIdentity(key, identity!),
        channel: body.channel,
        receivedAt: now,
        dueOn: dueOn(body.kind as ReportKind, vietnamToday(now)),
        recordedBy: ctx.actor.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await insertEvent(tx, {
      reportId: row!.id,
      action: 'recorded',
      toUnitId: commune.id,
      details: body.channel,
      actorId: ctx.actor.id,
      actorName: ctx.actor.displayName,
      at: now,
    });
    await recordAudit(tx, {
      action: 'report.recorded',
      actor: ctx.actor,
      ...auditTarget(row!),
      after: { ...snapshot(row!), channel: body.channel, anonymous },
      ip: ctx.ip,
    });
    return { id: row!.id, receiptCode: row!.receiptCode, secret };
  });
}
