import { and, asc, count, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { EvaluatedUnitType } from '../../../common/criteria/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { criteriaSets, cycleTargets, orgUnits } from '../../../db/schema/index.ts';
import { escapeLike, foldText } from '../../../domain/text.ts';
import type { Actor } from '../../context.ts';

export type SetRow = typeof criteriaSets.$inferSelect;
export type NewSetRow = typeof criteriaSets.$inferInsert;

/**
 * Sets an actor may read: the Ministry's, those of a unit above one of the
 * actor's grants (the province's sets its communes are scored with) and those
 * of a unit below one (a national admin sees every province's). Path tests only.
 */
export function visibleWhere(actor: Actor): SQL {
  const paths = [...new Set(actor.grants.map((g) => g.unitPath))];
  return or(
    isNull(criteriaSets.ownerPath),
    ...paths.flatMap((p) => [
      sql`${criteriaSets.ownerPath} like ${`${escapeLike(p)}%`}`,
      sql`${p} like ${criteriaSets.ownerPath} || '%'`,
    ]),
  ) as SQL;
}

export const isVisible = (actor: Actor, row: Pick<SetRow, 'ownerPath'>) =>
  row.ownerPath === null ||
  actor.grants.some((g) => row.ownerPath!.startsWith(g.unitPath) || g.unitPath.startsWith(row.ownerPath!));

// Vietnamese letters folded in SQL (no unaccent in PGlite): "Xã" matches "xa".
const ACCENTED = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
const FROM = ACCENTED + ACCENTED.toLocaleUpperCase('vi');
const TO = [...FROM].map((c) => foldText(c)).join('');
const folded = (col: SQL | typeof criteriaSets.name) => sql`lower(translate(${col}, ${FROM}, ${TO}))`;

export type SetFilters = { kind?: string; status?: string; unitType?: EvaluatedUnitType; q?: string };

export function filterWhere(actor: Actor, f: SetFilters): SQL {
  const parts: SQL[] = [visibleWhere(actor)];
  if (f.kind) parts.push(eq(criteriaSets.kind, f.kind as SetRow['kind']));
  if (f.status) parts.push(eq(criteriaSets.status, f.status as SetRow['status']));
  if (f.unitType) parts.push(sql`${f.unitType} = any(${criteriaSets.appliesTo})`);
  const q = f.q ? foldText(f.q) : '';
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    parts.push(or(sql`${folded(criteriaSets.name)} like ${pattern}`, sql`${criteriaSets.code} like ${pattern}`)!);
  }
  return and(...parts)!;
}

export async function findSets(db: Executor, where: SQL, page: number, pageSize: number) {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(criteriaSets)
      .where(where)
      .orderBy(
        sql`${criteriaSets.ownerPath} nulls first`,
        asc(criteriaSets.kind),
        asc(criteriaSets.code),
        desc(criteriaSets.version),
      )
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(criteriaSets).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

export async function getSet(db: Executor, id: number): Promise<SetRow | undefined> {
  const [row] = await db.select().from(criteriaSets).where(eq(criteriaSets.id, id)).limit(1);
  return row;
}

/** The row, locked for the rest of the transaction. */
export async function lockSet(tx: Executor, id: number): Promise<SetRow | undefined> {
  const [row] = await tx.select().from(criteriaSets).where(eq(criteriaSets.id, id)).for('update');
  return row;
}

/** Sets an evaluation year uses (as its score table or its safety checklist): frozen. */
export async function inUseIds(db: Executor, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ a: cycleTargets.criteriaSetId, b: cycleTargets.safetySetId })
    .from(cycleTargets)
    .where(or(inArray(cycleTargets.criteriaSetId, ids), inArray(cycleTargets.safetySetId, ids)));
  return new Set(rows.flatMap((r) => [r.a, r.b]).filter((x): x is number => x !== null && ids.includes(x)));
}

/** Every version of a code, newest first: who owns the code and which number comes next. */
export async function versionsOf(db: Executor, code: string) {
  return db
    .select({ id: criteriaSets.id, version: criteriaSets.version, ownerPath: criteriaSets.ownerPath })
    .from(criteriaSets)
    .where(eq(criteriaSets.code, code))
    .orderBy(desc(criteriaSets.version));
}

export async function insertSet(tx: Executor, values: NewSetRow): Promise<SetRow> {
  const [row] = await tx.insert(criteriaSets).values(values).returning();
  return row!;
}

export async function updateSet(tx: Executor, id: number, patch: Partial<NewSetRow>): Promise<SetRow> {
  const [row] = await tx
    .update(criteriaSets)
    .set({ ...patch, rowVersion: sql`${criteriaSets.rowVersion} + 1`, updatedAt: new Date() })
    .where(eq(criteriaSets.id, id))
    .returning();
  return row!;
}

export async function unitNames(db: Executor, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(inArray(orgUnits.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function getUnitRow(db: Executor, id: number) {
  const [u] = await db.select().from(orgUnits).where(eq(orgUnits.id, id)).limit(1);
  return u;
}

export async function rootUnit(db: Executor) {
  const [u] = await db.select().from(orgUnits).where(eq(orgUnits.depth, 0)).limit(1);
  return u;
}

/** The actor's top units for `criteria.manage` and the active provinces under them. */
export async function ownerCandidates(db: Executor, topIds: number[], topPaths: string[]) {
  if (topIds.length === 0) return [];
  return db
    .select({ id: orgUnits.id, name: orgUnits.name, depth: orgUnits.depth, path: orgUnits.path })
    .from(orgUnits)
    .where(
      or(
        inArray(orgUnits.id, topIds),
        and(
          eq(orgUnits.level, 'province'),
          eq(orgUnits.status, 'active'),
          or(...topPaths.map((p) => sql`${orgUnits.path} like ${`${escapeLike(p)}%`}`)),
        ),
      ),
    )
    .orderBy(asc(orgUnits.depth), asc(orgUnits.searchName))
    .limit(200);
}
