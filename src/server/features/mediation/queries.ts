import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { mediationCases, mediationTeams, mediators, orgUnits } from '../../../db/schema/index.ts';

export type TeamRecord = typeof mediationTeams.$inferSelect;
export type MediatorRecord = typeof mediators.$inferSelect;
export type CaseRecord = typeof mediationCases.$inferSelect;

export const unitCols = {
  id: orgUnits.id,
  code: orgUnits.code,
  name: orgUnits.name,
  level: orgUnits.level,
  kind: orgUnits.kind,
  path: orgUnits.path,
};

/** Teams with their unit; scoped on the unit's current path, so a moved area's teams follow it. */
export async function findTeams(db: Executor, where: SQL, page: number, pageSize: number) {
  const rows = await db
    .select({ team: mediationTeams, unit: unitCols })
    .from(mediationTeams)
    .innerJoin(orgUnits, eq(orgUnits.id, mediationTeams.unitId))
    .where(where)
    .orderBy(asc(orgUnits.path), asc(mediationTeams.name), asc(mediationTeams.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [n] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(mediationTeams)
    .innerJoin(orgUnits, eq(orgUnits.id, mediationTeams.unitId))
    .where(where);
  return { rows, total: Number(n?.n ?? 0) };
}
export type TeamListRow = Awaited<ReturnType<typeof findTeams>>['rows'][number];

export async function findTeam(db: Executor, id: number) {
  const { rows } = await findTeams(db, eq(mediationTeams.id, id), 1, 1);
  return rows[0];
}

export async function lockTeam(tx: Executor, id: number) {
  const [t] = await tx.select().from(mediationTeams).where(eq(mediationTeams.id, id)).for('update');
  return t;
}

/** Mediators of many teams in one query, leaders first. */
export async function mediatorsOf(db: Executor, teamIds: number[]): Promise<MediatorRecord[]> {
  if (teamIds.length === 0) return [];
  return db
    .select()
    .from(mediators)
    .where(inArray(mediators.teamId, [...new Set(teamIds)]))
    .orderBy(asc(sql`${mediators.leftOn} is not null`), desc(sql`${mediators.role} = 'leader'`), asc(mediators.id));
}

/** Teams still in being per residential area (a team counts itself). */
export async function activeTeamCounts(db: Executor, unitIds: number[]) {
  if (unitIds.length === 0) return new Map<number, number>();
  const rows = await db
    .select({ unitId: mediationTeams.unitId, n: sql<number>`count(*)::int` })
    .from(mediationTeams)
    .where(and(inArray(mediationTeams.unitId, [...new Set(unitIds)]), isNull(mediationTeams.dissolvedOn)))
    .groupBy(mediationTeams.unitId);
  return new Map(rows.map((r) => [r.unitId, Number(r.n)]));
}

export async function bumpTeam(tx: Executor, id: number, set: Partial<typeof mediationTeams.$inferInsert>) {
  const [row] = await tx
    .update(mediationTeams)
    .set({ ...set, version: sql`${mediationTeams.version} + 1`, updatedAt: new Date() })
    .where(eq(mediationTeams.id, id))
    .returning();
  return row!;
}

/** Cases with their team and unit. */
export async function findCases(db: Executor, where: SQL, page: number, pageSize: number) {
  const rows = await db
    .select({ c: mediationCases, team: { id: mediationTeams.id, name: mediationTeams.name }, unit: unitCols })
    .from(mediationCases)
    .innerJoin(mediationTeams, eq(mediationTeams.id, mediationCases.teamId))
    .innerJoin(orgUnits, eq(orgUnits.id, mediationCases.unitId))
    .where(where)
    .orderBy(desc(mediationCases.receivedOn), desc(mediationCases.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [n] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(mediationCases)
    .innerJoin(orgUnits, eq(orgUnits.id, mediationCases.unitId))
    .where(where);
  return { rows, total: Number(n?.n ?? 0) };
}
export type CaseListRow = Awaited<ReturnType<typeof findCases>>['rows'][number];

export async function findCase(db: Executor, id: number) {
  const { rows } = await findCases(db, eq(mediationCases.id, id), 1, 1);
  return rows[0];
}

export async function lockCase(tx: Executor, id: number) {
  const [c] = await tx.select().from(mediationCases).where(eq(mediationCases.id, id)).for('update');
  return c;
}

export async function bumpCase(tx: Executor, id: number, set: Partial<typeof mediationCases.$inferInsert>) {
  const [row] = await tx
    .update(mediationCases)
    .set({ ...set, version: sql`${mediationCases.version} + 1`, updatedAt: new Date() })
    .where(eq(mediationCases.id, id))
    .returning();
  return row!;
}
