import type { Executor } from '../../../../db/client.ts';
import { pathIds } from '../../../../domain/org-unit/rules.ts';
import type { Actor } from '../../../context.ts';
import { AppError, forbidden, notFound } from '../../../errors.ts';
import { authorize, scopePaths } from '../../../policy.ts';
import { getUnitRow, isVisible, rootUnit, type SetRow, versionsOf } from '../queries.ts';

export type Owner = {
  unit: { id: number; path: string; code: string | null; depth: number };
  /** null for the Ministry's sets (owned by the national root) */
  ownerUnitId: number | null;
  ownerPath: string | null;
};

/**
 * The unit a new set belongs to: the one asked for, or the actor's own top
 * unit for `criteria.manage` (a province admin's sets are the province's).
 * The national root stands for the Ministry, stored as no owner.
 */
export async function resolveOwner(tx: Executor, actor: Actor, ownerUnitId: number | null | undefined): Promise<Owner> {
  let id = ownerUnitId;
  if (id === undefined || id === null) {
    const top = scopePaths(actor, 'criteria.manage').sort((a, b) => pathIds(a).length - pathIds(b).length)[0];
    if (!top) throw forbidden();
    id = id === null ? pathIds(top)[0]! : pathIds(top).at(-1)!;
  }
  const unit = await getUnitRow(tx, id);
  if (!unit) throw notFound();
  authorize(actor, 'criteria.manage', unit);
  if (unit.status !== 'active') throw new AppError(422, 'criteria.ownerClosed', { name: unit.name });
  const ministry = unit.depth === 0;
  return { unit, ownerUnitId: ministry ? null : unit.id, ownerPath: ministry ? null : unit.path };
}

/** A row the actor may read, or 404 (a set of another province is not theirs to know about). */
export function visibleOr404<T extends Pick<SetRow, 'ownerPath'>>(actor: Actor, row: T | undefined): T {
  if (!row || !isVisible(actor, row)) throw notFound();
  return row;
}

/**
 * Code and version for a set about to be written for `owner`: the next
 * version of the code when the owner already holds it; a code of the owner's
 * own (`<code>-<unit code>`) when another owner does, since (code, version)
 * is unique nationwide.
 */
export async function placeCode(tx: Executor, code: string, owner: Owner): Promise<{ code: string; version: number }> {
  const existing = await versionsOf(tx, code);
  if (existing.length === 0) return { code, version: 1 };
  if (existing.every((r) => r.ownerPath === owner.ownerPath)) return { code, version: existing[0]!.version + 1 };
  const suffix = `-${(owner.unit.code ?? `u${owner.unit.id}`).toLowerCase().replace(/[^a-z0-9]/g, '')}`;
  const own = code.endsWith(suffix) ? code : `${code.slice(0, 60 - suffix.length)}${suffix}`;
  const mine = await versionsOf(tx, own);
  if (mine.some((r) => r.ownerPath !== owner.ownerPath)) throw new AppError(409, 'criteria.codeTaken', { code: own });
  return { code: own, version: (mine[0]?.version ?? 0) + 1 };
}

/** The unit an audit row of a set hangs off: its owner, the national root for the Ministry's. */
export async function auditUnitOf(tx: Executor, row: Pick<SetRow, 'ownerUnitId' | 'ownerPath'>) {
  if (row.ownerUnitId !== null) return { id: row.ownerUnitId, path: row.ownerPath! };
  const root = await rootUnit(tx);
  return root ? { id: root.id, path: root.path } : null;
}
