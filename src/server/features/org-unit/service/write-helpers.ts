import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../../db/client.ts';
import { orgUnits } from '../../../../db/schema/index.ts';
import { canPlaceUnder, childPath, officialCodeProblem } from '../../../../domain/org-unit/rules.ts';
import { foldText } from '../../../../domain/text.ts';
import type { Ctx } from '../../../context.ts';
import { AppError, conflict, invalid, notFound } from '../../../errors.ts';
import { presentUnit } from '../present.ts';
import { findByCode, nextUnitId, rewriteSubtreePaths, type UnitRow } from '../queries.ts';

export type NewUnit = {
  parent: UnitRow;
  kind: UnitRow['kind'];
  level: UnitRow['level'];
  code?: string | null;
  name: string;
  typeLabel?: string | null;
  validFrom?: string | null;
};

const levelLabels = { vi: { province: 'tỉnh', district: 'huyện', commune: 'xã' }, en: {} } as const;

/** Validates placement and code, then inserts with its materialised path. */
export async function insertUnit(tx: Tx, ctx: Ctx, u: NewUnit, field = 'body'): Promise<UnitRow> {
  if (u.kind === 'administrative' && !u.level)
    throw invalid('unit.levelRequired', {}, [{ path: `${field}.level`, message: 'msg:unit.levelRequired' }]);
  const level = u.kind === 'administrative' ? u.level : null;
  if (!canPlaceUnder({ kind: u.kind, level }, u.parent)) {
    throw invalid('unit.badParentLevel', { child: level ?? u.kind, parent: u.parent.level ?? u.parent.kind });
  }
  await assertCodeFree(tx, ctx, level, u.kind, u.code, field);
  const id = await nextUnitId(tx);
  const [row] = await tx
    .insert(orgUnits)
    .values({
      id,
      code: u.code || null,
      name: u.name,
      searchName: foldText(u.name),
      level,
      kind: u.kind,
      typeLabel: u.typeLabel ?? null,
      parentId: u.parent.id,
      path: childPath(u.parent.path, id),
      depth: u.parent.depth + 1,
      validFrom: u.validFrom ?? null,
    })
    .returning();
  return row!;
}

export async function assertCodeFree(
  tx: Tx,
  ctx: Ctx,
  level: UnitRow['level'],
  kind: UnitRow['kind'],
  code: string | null | undefined,
  field = 'body',
) {
  if (!code) return;
  const digits = officialCodeProblem(level, code);
  if (digits) {
    const lvl = ctx.lang === 'vi' ? (levelLabels.vi as Record<string, string>)[level!] : level;
    throw invalid('unit.codeLength', { level: lvl ?? '', digits }, [
      { path: `${field}.code`, message: `msg:unit.codeLength` },
    ]);
  }
  const taken = await findByCode(tx, level, kind, code);
  if (taken) {
    throw invalid('unit.codeTaken', { code, name: taken.name }, [
      { path: `${field}.code`, message: 'msg:unit.codeTaken' },
    ]);
  }
}

/**
 * Checks that the locked unit exists, is still active and is at the version
 * the client read; a stale version gets 409 with the unit as it is now.
 */
export async function writableUnit(tx: Tx, ctx: Ctx, unit: UnitRow | undefined, version?: number): Promise<UnitRow> {
  if (!unit) throw notFound();
  if (unit.status !== 'active') throw new AppError(409, 'unit.closed', { name: unit.name });
  if (unit.depth === 0) throw new AppError(422, 'unit.rootImmutable');
  if (version !== undefined && unit.version !== version) {
    throw conflict('unit.stale', await presentUnit(tx, unit, ctx.actor));
  }
  return unit;
}

export function assertEffectiveDate(unit: UnitRow, date: string) {
  if (unit.validFrom && date < unit.validFrom) {
    throw invalid('unit.dateBeforeStart', { date: formatDate(date), start: formatDate(unit.validFrom) }, [
      { path: 'body.effectiveDate', message: 'msg:unit.dateBeforeStart' },
    ]);
  }
}

export const formatDate = (iso: string) => iso.split('-').reverse().join('/');

export async function bumpVersion(tx: Tx, id: number, set: Partial<typeof orgUnits.$inferInsert>) {
  const [row] = await tx
    .update(orgUnits)
    .set({ ...set, version: sql`${orgUnits.version} + 1`, updatedAt: new Date() })
    .where(eq(orgUnits.id, id))
    .returning();
  return row!;
}

/** Puts a unit (and its subtree) under a new parent inside the current transaction. */
export async function reparent(tx: Tx, child: { id: number; path: string; depth?: number }, parent: UnitRow) {
  const newPath = childPath(parent.path, child.id);
  const oldDepth = child.depth ?? child.path.split('/').filter(Boolean).length - 1;
  await rewriteSubtreePaths(tx, child.path, newPath, parent.depth + 1 - oldDepth);
  await bumpVersion(tx, child.id, { parentId: parent.id, path: newPath, depth: parent.depth + 1 });
}
