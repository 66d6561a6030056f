import type { EvaluatedUnitType } from '../../common/criteria/schemas.ts';

type UnitShape = { level: string | null; kind: string };

/** Which criteria a unit is scored against, or null when the movement does not score it (provinces, the ministry). */
export function evaluatedTypeOf(u: UnitShape): EvaluatedUnitType | null {
  if (u.kind !== 'administrative') return u.kind as EvaluatedUnitType;
  if (u.level === 'residentialArea' || u.level === 'commune' || u.level === 'district') return u.level;
  return null;
}
