import { and, asc, count, eq, inArray, isNull, like, type SQL, sql } from 'drizzle-orm';
import type { UnitRef } from '../../../common/org-unit/schemas.ts';
import { type Executor, queryRows } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/index.ts';
import { escapeLike } from '../../../domain/text.ts';

export type UnitRow = typeof orgUnits.$inferSelect;

export async function getUnit(db: Executor, id: number): Promise<UnitRow | undefined> {
  const [u] = await db.select().from(orgUnits).where(eq(orgUnits.id, id)).limit(1);
  return u;
}

/** Locks the rows for the rest of the transaction, in id order to avoid deadlocks. */
export async function lockUnits(tx: Executor, ids: number[]): Promise<UnitRow[]> {
  if (ids.length === 0) return [];
  return tx.select().from(orgUnits).where(inArray(orgUnits.id, ids)).orderBy(asc(orgUnits.id)).for('update');
}

export async function unitRefsByIds(db: Executor, ids: number[]): Promise<Map<number, UnitRef>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, level: orgUnits.level, kind: orgUnits.kind })
    .from(orgUnits)
    .where(inArray(orgUnits.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function findByCode(db: Executor, level: UnitRow['level'], kind: UnitRow['kind'], code: string) {
  const where =
    kind === 'administrative'
      ? and(eq(orgUnits.kind, 'administrative'), level ? eq(orgUnits.level, level) : isNull(orgUnits.level))
      : eq(orgUnits.kind, kind);
  const [u] = await db
    .select()
    .from(orgUnits)
    .where(and(where, eq(orgUnits.code, code)))
    .limit(1);
  return u;
}

export async function activeChildCounts(db: Executor, ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ parentId: orgUnits.parentId, n: count() })
    .from(orgUnits)
    .where(and(inArray(orgUnits.parentId, ids), eq(orgUnits.status, 'active')))
    .groupBy(orgUnits.parentId);
  return new Map(rows.map((r) => [r.parentId!, Number(r.n)]));
}

export async function activeChildren(db: Executor, parentId: number) {
  return db
    .select({ id: orgUnits.id, path: orgUnits.path })
    .from(orgUnits)
    .where(and(eq(orgUnits.parentId, parentId), eq(orgUnits.status, 'active')));
}

export async function findUnits(db: Executor, where: SQL, page: number, pageSize: number) {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(orgUnits)
      .where(where)
      .orderBy(sql`${orgUnits.depth}`, sql`${orgUnits.code} nulls last`, asc(orgUnits.searchName), asc(orgUnits.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(orgUnits).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

export const nameMatches = (folded: string) => like(orgUnits.searchName, `%${escapeLike(folded)}%`);

/**
 * Re-roots a subtree: every descendant's path swaps the old prefix for the new
 * one in one statement (index range on the old prefix).
 */
export async function rewriteSubtreePaths(tx: Executor, oldPath: string, newPath: string, depthDelta: number) {
  await tx.execute(sql`
    update ${orgUnits}
       set path = ${newPath} || substr(path, ${oldPath.length + 1}),
           depth = depth + ${depthDelta},
           updated_at = now()
     where path like ${`${escapeLike(oldPath)}%`} and path <> ${oldPath}`);
}

export async function nextUnitId(tx: Executor): Promise<number> {
  const rows = await queryRows<{ id: string | number }>(
    tx,
    sql`select nextval(pg_get_serial_sequence('org_units', 'id')) as id`,
  );
  return Number(rows[0]!.id);
}

/** The national root ("Toàn quốc") every tree hangs from; created once. */
export async function ensureRoot(db: Executor): Promise<UnitRow> {
  const [root] = await db.select().from(orgUnits).where(eq(orgUnits.depth, 0)).limit(1);
  if (root) return root;
  const id = await nextUnitId(db);
  const [row] = await db
    .insert(orgUnits)
    .values({
      id,
      name: 'Toàn quốc',
      searchName: 'toan quoc',
      level: 'national',
      kind: 'administrative',
      path: `/${id}/`,
      depth: 0,
    })
    .returning();
  return row!;
}
