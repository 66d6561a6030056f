import type { Me } from '../../../common/auth/schemas.ts';
import { useParamsPatch } from '../../components/useParamsPatch.ts';
import { useCurrentUser } from '../auth/useAuth.ts';

/** The unit a user looks from by default: the highest unit of their grants (reviewer roles first). */
export function homeUnitOf(me: Me): number | null {
  const order = ['national', 'province', 'district', 'commune', 'residentialArea', null];
  const grants = [...me.grants].sort(
    (a, b) =>
      Number(a.role === 'representative') - Number(b.role === 'representative') ||
      order.indexOf(a.unit.level) - order.indexOf(b.unit.level),
  );
  return grants[0]?.unit.id ?? null;
}

export const thisYear = () => new Date().getFullYear();

/**
 * `unitId` and `year` of a page kept in the address, so a link or the back
 * button shows the same figures; other filters ride along.
 */
export function useYearUnit() {
  const me = useCurrentUser();
  const { params, set } = useParamsPatch();
  const unitId = Number(params.get('unitId')) || homeUnitOf(me);
  const year = Number(params.get('year')) || thisYear();
  return { unitId, year, params, set };
}
