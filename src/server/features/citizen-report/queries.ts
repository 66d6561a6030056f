import { and, asc, count, desc, eq, gte, inArray, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Role } from '../../../common/permissions.ts';
import { permissionRoles } from '../../../common/permissions.ts';
import type { Executor } from '../../../db/client.ts';
import {
  auditLog,
  citizenReportEvents,
  citizenReportFiles,
  citizenReportMessages,
  citizenReports,
  orgUnits,
  roleGrants,
  users,
} from '../../../db/schema/index.ts';
import { pathIds } from '../../../domain/org-unit/rules.ts';

export type ReportRowDb = typeof citizenReports.$inferSelect;

export async function getReport(db: Executor, id: number): Promise<ReportRowDb | undefined> {
  const [r] = await db.select().from(citizenReports).where(eq(citizenReports.id, id)).limit(1);
  return r;
}

export async function lockReport(tx: Executor, id: number): Promise<ReportRowDb | undefined> {
  const [r] = await tx.select().from(citizenReports).where(eq(citizenReports.id, id)).for('update');
  return r;
}

/** Writes the changes and bumps the version, only if nobody changed the row since `version`. */
export async function updateReport(
  tx: Executor,
  id: number,
  version: number,
  set: Partial<typeof citizenReports.$inferInsert>,
  now: Date,
): Promise<ReportRowDb | undefined> {
  const [r] = await tx
    .update(citizenReports)
    .set({ ...set, version: version + 1, updatedAt: now })
    .where(and(eq(citizenReports.id, id), eq(citizenReports.version, version)))
    .returning();
  return r;
}

const assignee = alias(users, 'assignee');
const original = alias(citizenReports, 'original');

/** The columns a list row needs, never the identity. */
const rowColumns = {
  r: {
    id: citizenReports.id,
    receiptCode: citizenReports.receiptCode,
    type: citizenReports.type,
    kind: citizenReports.kind,
    category: citizenReports.category,
    description: citizenReports.description,
    channel: citizenReports.channel,
    receivedAt: citizenReports.receivedAt,
    dueOn: citizenReports.dueOn,
    status: citizenReports.status,
    priority: citizenReports.priority,
    duplicateOf: citizenReports.duplicateOf,
    unitPath: citizenReports.unitPath,
  },
  unit: { id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, level: orgUnits.level, kind: orgUnits.kind },
  assignee: { id: assignee.id, name: assignee.displayName },
  original: { id: original.id, receiptCode: original.receiptCode },
  hasFiles: sql<boolean>`exists (select 1 from ${citizenReportFiles} f where f.report_id = ${citizenReports.id})`,
};

export type ListRow = Awaited<ReturnType<typeof findReports>>['rows'][number];

export async function findReports(db: Executor, where: SQL, page: number, pageSize: number) {
  const [rows, [total]] = await Promise.all([
    db
      .select(rowColumns)
      .from(citizenReports)
      .innerJoin(orgUnits, eq(orgUnits.id, citizenReports.unitId))
      .leftJoin(assignee, eq(assignee.id, citizenReports.assignedTo))
      .leftJoin(original, eq(original.id, citizenReports.duplicateOf))
      .where(where)
      .orderBy(desc(citizenReports.receivedAt), desc(citizenReports.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(citizenReports).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

export async function getListRow(db: Executor, id: number): Promise<ListRow | undefined> {
  return (await findReports(db, eq(citizenReports.id, id), 1, 1)).rows[0];
}

export async function messagesOf(db: Executor, reportId: number) {
  return db
    .select({ m: citizenReportMessages, officerName: users.displayName })
    .from(citizenReportMessages)
    .leftJoin(users, eq(users.id, citizenReportMessages.officerId))
    .where(eq(citizenReportMessages.reportId, reportId))
    .orderBy(asc(citizenReportMessages.createdAt), asc(citizenReportMessages.id));
}

export async function filesOf(db: Executor, reportId: number) {
  return db
    .select({
      id: citizenReportFiles.id,
      fileName: citizenReportFiles.fileName,
      mimeType: citizenReportFiles.mimeType,
      size: citizenReportFiles.size,
      createdAt: citizenReportFiles.createdAt,
    })
    .from(citizenReportFiles)
    .where(eq(citizenReportFiles.reportId, reportId))
    .orderBy(asc(citizenReportFiles.id));
}

export async function getFile(db: Executor, reportId: number, fileId: number) {
  const [f] = await db
    .select()
    .from(citizenReportFiles)
    .where(and(eq(citizenReportFiles.reportId, reportId), eq(citizenReportFiles.id, fileId)));
  return f;
}

export async function eventsOf(db: Executor, reportId: number) {
  const fromUnit = alias(orgUnits, 'from_unit');
  const toUnit = alias(orgUnits, 'to_unit');
  return db
    .select({ e: citizenReportEvents, fromUnit: fromUnit.name, toUnit: toUnit.name })
    .from(citizenReportEvents)
    .leftJoin(fromUnit, eq(fromUnit.id, citizenReportEvents.fromUnitId))
    .leftJoin(toUnit, eq(toUnit.id, citizenReportEvents.toUnitId))
    .where(eq(citizenReportEvents.reportId, reportId))
    .orderBy(asc(citizenReportEvents.at), asc(citizenReportEvents.id));
}

/** Who saw the reporter's identity, from the audit log (the single record of it). */
export async function identityViewsOf(db: Executor, reportId: number) {
  return db
    .select({ actorName: auditLog.actorName, at: auditLog.at })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, 'report.identityViewed'),
        eq(auditLog.targetType, 'citizenReport'),
        eq(auditLog.targetId, String(reportId)),
      ),
    )
    .orderBy(desc(auditLog.at));
}

export async function duplicatesOfThis(db: Executor, reportId: number) {
  return db
    .select({ id: citizenReports.id, receiptCode: citizenReports.receiptCode })
    .from(citizenReports)
    .where(eq(citizenReports.duplicateOf, reportId))
    .orderBy(asc(citizenReports.id));
}

/**
 * Pre-filter for possible duplicates: other items the actor can read, in the
 * same commune or within a small box around the coordinates, received or
 * occurred within the window. The scoring itself is in domain/duplicates.ts.
 */
export async function duplicateCandidates(
  db: Executor,
  r: ReportRowDb,
  scope: SQL,
  window: { from: string; to: string },
  boxDeg = 0.006,
) {
  const place =
    r.lat != null && r.lng != null
      ? or(
          eq(citizenReports.unitId, r.unitId),
          and(
            sql`${citizenReports.lat} between ${r.lat - boxDeg} and ${r.lat + boxDeg}`,
            sql`${citizenReports.lng} between ${r.lng - boxDeg} and ${r.lng + boxDeg}`,
          ),
        )
      : eq(citizenReports.unitId, r.unitId);
  const receivedOn = sql`(${citizenReports.receivedAt} at time zone 'Asia/Ho_Chi_Minh')::date`;
  const time = or(
    sql`${receivedOn} between ${window.from}::date and ${window.to}::date`,
    and(gte(citizenReports.occurredOn, window.from), lte(citizenReports.occurredOn, window.to)),
  );
  return db
    .select({
      id: citizenReports.id,
      receiptCode: citizenReports.receiptCode,
      kind: citizenReports.kind,
      unitId: citizenReports.unitId,
      lat: citizenReports.lat,
      lng: citizenReports.lng,
      occurredOn: citizenReports.occurredOn,
      receivedAt: citizenReports.receivedAt,
      description: citizenReports.description,
      status: citizenReports.status,
      duplicateOf: citizenReports.duplicateOf,
    })
    .from(citizenReports)
    .where(and(ne(citizenReports.id, r.id), scope, place, time))
    .orderBy(desc(citizenReports.receivedAt))
    .limit(200);
}

const rolesWith = (permission: keyof typeof permissionRoles) => permissionRoles[permission] as readonly Role[];

/** Active users holding `report.triage` on the unit or one of its ancestors: who may be assigned the item. */
export async function triageHolders(db: Executor, unitPath: string) {
  const ancestorIds = pathIds(unitPath);
  return db
    .selectDistinct({ id: users.id, name: users.displayName })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        inArray(roleGrants.unitId, ancestorIds),
        inArray(roleGrants.role, [...rolesWith('report.triage')]),
        eq(users.active, true),
      ),
    )
    .orderBy(asc(users.id));
}

export async function insertEvent(tx: Executor, e: typeof citizenReportEvents.$inferInsert) {
  await tx.insert(citizenReportEvents).values(e);
}
