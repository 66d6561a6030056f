import type { UnitDetail, UnitSummary } from '../../../common/org-unit/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { pathIds } from '../../../domain/org-unit/rules.ts';
import type { Actor } from '../../context.ts';
import { can } from '../../policy.ts';
import { activeChildCounts, type UnitRow, unitRefsByIds } from './queries.ts';

/** Shapes rows for the client in two queries, whatever the number of rows. */
export async function presentUnits(db: Executor, rows: UnitRow[]): Promise<UnitSummary[]> {
  const ancestorIds = rows.flatMap((r) => pathIds(r.path).slice(0, -1));
  const [refs, counts] = await Promise.all([
    unitRefsByIds(db, ancestorIds),
    activeChildCounts(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    level: r.level,
    kind: r.kind,
    typeLabel: r.typeLabel,
    status: r.status,
    parentId: r.parentId,
    depth: r.depth,
    childCount: counts.get(r.id) ?? 0,
    validFrom: r.validFrom,
    validTo: r.validTo,
    pathNames: pathIds(r.path)
      .slice(0, -1)
      .map((id) => refs.get(id)?.name ?? '')
      .filter((n) => n !== ''),
  }));
}

export async function presentUnit(db: Executor, row: UnitRow, actor: Actor): Promise<UnitDetail> {
  const [summary] = await presentUnits(db, [row]);
  const refs = await unitRefsByIds(db, pathIds(row.path).slice(0, -1));
  return {
    ...summary!,
    version: row.version,
    ancestors: pathIds(row.path)
      .slice(0, -1)
      .map((id) => refs.get(id)!)
      .filter(Boolean),
    can: {
      manage: row.status === 'active' && can(actor, 'unit.manage', row.path),
      importUnits: can(actor, 'unit.import', row.path),
    },
  };
}
