import { inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/index.ts';
import { invalid } from '../../errors.ts';
import { getUnit, type UnitRow } from '../org-unit/queries.ts';

const unitField = [{ path: 'body.unitId', message: 'msg:securityTeam.unitLevel' }];

/** The commune a team belongs to: its own unit, or the commune of its residential area. */
export async function teamCommune(db: Executor, unit: UnitRow): Promise<UnitRow> {
  if (unit.level === 'commune') return unit;
  const parent = unit.level === 'residentialArea' && unit.parentId ? await getUnit(db, unit.parentId) : undefined;
  if (parent?.level !== 'commune') {
    throw invalid('securityTeam.unitLevel', { unit: unit.name }, unitField);
  }
  return parent;
}

/**
 * The residential areas a team covers (Law of 2023 Art. 14: one or several
 * thôn / tổ dân phố): all active residential areas of the team's commune.
 * None given: the ones it had, else the team's own area; a commune-level team
 * must name them.
 */
export async function checkCoverage(
  db: Executor,
  unit: UnitRow,
  ids: number[] | undefined,
  had: number[] | undefined,
): Promise<number[]> {
  const commune = await teamCommune(db, unit);
  const wanted = [...new Set(ids && ids.length > 0 ? ids : had && had.length > 0 ? had : [])];
  if (wanted.length === 0) {
    if (unit.level === 'residentialArea') return [unit.id];
    throw invalid('securityTeam.coverageRequired', {}, [
      { path: 'body.coveredUnitIds', message: 'msg:securityTeam.coverageRequired' },
    ]);
  }
  const rows = await db.select().from(orgUnits).where(inArray(orgUnits.id, wanted));
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const id of wanted) {
    const u = byId.get(id);
    const ok =
      u &&
      u.level === 'residentialArea' &&
      u.status === 'active' &&
      u.path.startsWith(commune.path) &&
      u.id !== commune.id;
    if (!ok) {
      throw invalid('securityTeam.coverageOutside', { unit: u?.name ?? `#${id}`, commune: commune.name }, [
        { path: 'body.coveredUnitIds', message: 'msg:securityTeam.coverageOutside' },
      ]);
    }
  }
  return wanted;
}
