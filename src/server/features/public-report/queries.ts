import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/index.ts';

const active = and(eq(orgUnits.kind, 'administrative'), eq(orgUnits.status, 'active'));

/** Active provinces, or the active communes of one active province: only what a form needs. */
export async function listPublicUnits(db: Executor, parentId: number | undefined) {
  const cols = { id: orgUnits.id, name: orgUnits.name, code: orgUnits.code };
  if (parentId === undefined)
    return db
      .select(cols)
      .from(orgUnits)
      .where(and(active, eq(orgUnits.level, 'province'), isNotNull(orgUnits.parentId)))
      .orderBy(asc(orgUnits.name));
  const [province] = await db
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(and(active, eq(orgUnits.id, parentId), eq(orgUnits.level, 'province')));
  if (!province) return [];
  return db
    .select(cols)
    .from(orgUnits)
    .where(and(active, eq(orgUnits.parentId, parentId), eq(orgUnits.level, 'commune')))
    .orderBy(asc(orgUnits.name));
}

/** The commune an event is routed to; undefined unless it is an active administrative commune. */
export async function activeCommune(db: Executor, id: number) {
  const [u] = await db
    .select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path })
    .from(orgUnits)
    .where(and(active, eq(orgUnits.id, id), eq(orgUnits.level, 'commune')));
  return u;
}
