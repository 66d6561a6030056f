import { and, count, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { criteriaSets, orgUnits, safetyRecognitions, users } from '../../../db/schema/index.ts';

export type RecognitionRow = typeof safetyRecognitions.$inferSelect;

export async function getSet(db: Executor, id: number) {
  const [s] = await db.select().from(criteriaSets).where(eq(criteriaSets.id, id));
  return s;
}

export async function findRecognition(db: Executor, unitId: number, year: number, lock = false) {
  const q = db
    .select()
    .from(safetyRecognitions)
    .where(and(eq(safetyRecognitions.unitId, unitId), eq(safetyRecognitions.year, year)));
  const [r] = lock ? await q.for('update') : await q;
  return r;
}

/**
 * Circular 124 Art. 5(4) counts the residential areas and institutions under
 * the commune: the active ones directly below it, and how many of them hold
 * the title for the year.
 */
export async function subunitShare(db: Executor, unitId: number, year: number) {
  const below = and(
    eq(orgUnits.parentId, unitId),
    eq(orgUnits.status, 'active'),
    or(eq(orgUnits.level, 'residentialArea'), ne(orgUnits.kind, 'administrative')),
  );
  const [row] = await db
    .select({
      total: count(),
      recognised: sql<number>`count(${safetyRecognitions.id})`,
    })
    .from(orgUnits)
    .leftJoin(
      safetyRecognitions,
      and(
        eq(safetyRecognitions.unitId, orgUnits.id),
        eq(safetyRecognitions.year, year),
        eq(safetyRecognitions.status, 'granted'),
      ),
    )
    .where(below);
  return { total: Number(row?.total ?? 0), recognised: Number(row?.recognised ?? 0) };
}

export async function userNames(db: Executor, ids: (number | null)[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids.filter((i): i is number => i !== null))];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Which of these units hold the title for the year: for the sheet's gate and the dashboards. */
export async function titleHoldersOf(db: Executor, unitIds: number[], year: number): Promise<Set<number>> {
  if (unitIds.length === 0) return new Set();
  const rows = await db
    .select({ unitId: safetyRecognitions.unitId })
    .from(safetyRecognitions)
    .where(
      and(
        inArray(safetyRecognitions.unitId, [...new Set(unitIds)]),
        eq(safetyRecognitions.year, year),
        eq(safetyRecognitions.status, 'granted'),
      ),
    );
  return new Set(rows.map((r) => r.unitId));
}
