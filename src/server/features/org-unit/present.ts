import type { UnitDetail, UnitSummary } from '../../../common/org-unit/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { pathIds } from '../../../domain/org-unit/rules.ts';
import type { Actor } from '../../context.ts';
import { can } from '../../policy.ts';
import { activeChildCounts, type UnitRow, unitRefsByIds } from './queries.ts';

const ancestorIdsOf = (r: UnitRow) => pathIds(r.path).slice(0, -1);

/** Ancestor names and child counts for a set of rows: two queries, whatever the number of rows. */
async function loadRelated(db: Executor, rows: UnitRow[]) {
  const [refs, counts] = await Promise.all([
    unitRefsByIds(db, rows.flatMap(ancestorIdsOf)),
    activeChildCounts(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  return { refs, counts };
}

function summarize(r: UnitRow, { refs, counts }: Awaited<ReturnType<typeof loadRelated>>): UnitSummary {
  return {
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
    pathNames: ancestorIdsOf(r)
      .map((id) => refs.get(id)?.name ?? '')
      .filter((n) => n !== ''),
  };
}

/** Shapes rows for the client. */
export async function presentUnits(db: Executor, rows: UnitRow[]): Promise<UnitSummary[]> {
  const related = await loadRelated(db, rows);
  return rows.map((r) => summarize(r, related));
}

export async function presentUnit(db: Executor, row: UnitRow, actor: Actor): Promise<UnitDetail> {
  const related = await loadRelated(db, [row]);
  return {
    ...summarize(row, related),
    version: row.version,
    ancestors: ancestorIdsOf(row)
      .map((id) => related.refs.get(id)!)
      .filter(Boolean),
    can: {
      manage: row.status === 'active' && can(actor, 'unit.manage', row.path),
      importUnits: can(actor, 'unit.import', row.path),
    },
  };
}

/**
 * Ancestor names ("Toàn quốc", "Tỉnh Hà Tĩnh", …) of many units in one query,
 * to tell same-named units apart; returns a function shaping each unit.
 */
export async function withPathNames<U extends { path: string }>(db: Executor, units: U[]) {
  const refs = await unitRefsByIds(
    db,
    units.flatMap((u) => pathIds(u.path).slice(0, -1)),
  );
  return (u: U): Omit<U, 'path'> & { pathNames: string[] } => {
    const { path, ...rest } = u;
    const pathNames = pathIds(path)
      .slice(0, -1)
      .map((id) => refs.get(id)?.name ?? '')
      .filter((n) => n !== '');
    return { ...rest, pathNames };
  };
}
