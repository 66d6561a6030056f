import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../../db/client.ts';
import { indicatorReports, indicatorValues, orgUnits, users } from '../../../../db/schema/index.ts';
import { reportingLevels, type Values } from '../../../../domain/statistics/entry.ts';

export type ReportRow = typeof indicatorReports.$inferSelect;

/** The unit's form for the period, locked for the rest of the transaction when asked. */
export async function findReport(db: Executor, unitId: number, period: string, lock = false) {
  const q = db
    .select()
    .from(indicatorReports)
    .where(and(eq(indicatorReports.unitId, unitId), eq(indicatorReports.period, period)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function valuesOf(db: Executor, reportId: number | undefined): Promise<Values> {
  if (!reportId) return {};
  const rows = await db
    .select({ code: indicatorValues.indicatorCode, value: indicatorValues.value })
    .from(indicatorValues)
    .where(eq(indicatorValues.reportId, reportId));
  return Object.fromEntries(rows.map((r) => [r.code, Number(r.value)]));
}

/** A new draft form; undefined when another request created it meanwhile (the caller answers 409). */
export async function createReport(tx: Executor, unit: { id: number; path: string }, period: string) {
  const [row] = await tx
    .insert(indicatorReports)
    .values({ unitId: unit.id, unitPath: unit.path, period, status: 'draft' })
    .onConflictDoNothing({ target: [indicatorReports.unitId, indicatorReports.period] })
    .returning();
  return row;
}

/**
 * Writes the changed values only (a set value is upserted, a null deletes),
 * so the rollup triggers see one row per real change.
 */
export async function writeValues(tx: Executor, reportId: number, before: Values, changes: Values) {
  let changed = 0;
  for (const [code, value] of Object.entries(changes)) {
    const old = before[code] ?? null;
    if (old === value) continue;
    changed++;
    if (value === null) {
      await tx
        .delete(indicatorValues)
        .where(and(eq(indicatorValues.reportId, reportId), eq(indicatorValues.indicatorCode, code)));
    } else {
      await tx
        .insert(indicatorValues)
        .values({ reportId, indicatorCode: code, value })
        .onConflictDoUpdate({
          target: [indicatorValues.reportId, indicatorValues.indicatorCode],
          set: { value },
        });
    }
  }
  return changed;
}

type ReportPatch = Partial<
  Pick<ReportRow, 'status' | 'note' | 'returnReason' | 'submittedBy' | 'submittedAt' | 'approvedBy' | 'approvedAt'>
>;

/** Applies a change and bumps the version: every write of a form moves it on. */
export async function updateReport(tx: Executor, id: number, patch: ReportPatch, now: Date) {
  const [row] = await tx
    .update(indicatorReports)
    .set({ ...patch, version: sql`${indicatorReports.version} + 1`, updatedAt: now })
    .where(eq(indicatorReports.id, id))
    .returning();
  return row!;
}

export async function userNames(db: Executor, ids: (number | null)[]) {
  const wanted = [...new Set(ids.filter((i): i is number => i !== null))];
  if (wanted.length === 0) return new Map<number, string>();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The active children of a unit that file figures: the units the level above expects forms from. */
export async function reportingChildren(db: Executor, parentId: number) {
  return db
    .select({
      id: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      level: orgUnits.level,
      kind: orgUnits.kind,
      path: orgUnits.path,
    })
    .from(orgUnits)
    .where(
      and(
        eq(orgUnits.parentId, parentId),
        eq(orgUnits.status, 'active'),
        eq(orgUnits.kind, 'administrative'),
        inArray(orgUnits.level, [...reportingLevels]),
      ),
    )
    .orderBy(asc(orgUnits.code), asc(orgUnits.name));
}

/** The forms of the given units for a period, with how many of the wanted indicators each has filled. */
export async function reportsOfUnits(db: Executor, unitIds: number[], period: string, codes: string[]) {
  if (unitIds.length === 0) return [];
  const filled =
    codes.length === 0
      ? sql<number>`0`
      : sql<number>`(select count(*)::int from ${indicatorValues} v where v.report_id = ${indicatorReports.id}
          and v.indicator_code in (${sql.join(
            codes.map((c) => sql`${c}`),
            sql`, `,
          )}))`;
  return db
    .select({
      unitId: indicatorReports.unitId,
      status: indicatorReports.status,
      version: indicatorReports.version,
      submittedAt: indicatorReports.submittedAt,
      filled,
    })
    .from(indicatorReports)
    .where(and(inArray(indicatorReports.unitId, unitIds), eq(indicatorReports.period, period)));
}
