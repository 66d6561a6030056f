import type { UnitKind, UnitLevel } from '../../common/org-unit/schemas.ts';

/**
 * Where a unit may hang in the tree. Districts exist only for history (before
 * 1/7/2025) but stay valid parents so that old data keeps its shape; communes
 * hang under a province directly since the 2025 reform.
 */
const parentLevels: Record<UnitLevel, readonly UnitLevel[]> = {
  national: [],
  province: ['national'],
  district: ['province'],
  commune: ['province', 'district'],
  residentialArea: ['commune'],
};
/** Agencies, enterprises and schools are attached to a commune or a province (district for history). */
const institutionParents: readonly UnitLevel[] = ['province', 'district', 'commune'];

export type Placement = { kind: UnitKind; level: UnitLevel | null };

export function canPlaceUnder(child: Placement, parent: Placement): boolean {
  if (parent.kind !== 'administrative' || !parent.level) return false;
  if (child.kind !== 'administrative') return institutionParents.includes(parent.level);
  return !!child.level && parentLevels[child.level].includes(parent.level);
}

/** Official code lengths (Decision 124/2004, Decision 19/2025): province 2, district 3, commune 5 digits. */
export const officialCodeDigits: Partial<Record<UnitLevel, number>> = { province: 2, district: 3, commune: 5 };

/** Returns the required digit count when `code` breaks the official format, else null. */
export function officialCodeProblem(level: UnitLevel | null, code: string | undefined | null): number | null {
  if (!level || !code) return null;
  const digits = officialCodeDigits[level];
  if (!digits) return null;
  return new RegExp(`^\\d{${digits}}$`).test(code) ? null : digits;
}

/** Materialised path of a child: the parent's path plus the child's id. */
export const childPath = (parentPath: string, id: number) => `${parentPath}${id}/`;

/** Ids on a path from the top, the unit itself last. */
export const pathIds = (path: string): number[] => path.split('/').filter(Boolean).map(Number);

export const isInSubtree = (path: string, rootPath: string) => path.startsWith(rootPath);

/** Split shares are fractions of the source's history; they must total 1 when the source ends. */
export function shareProblem(shares: number[], keepSource: boolean): number | null {
  const sum = Math.round(shares.reduce((a, b) => a + b, 0) * 10_000) / 10_000;
  if (keepSource ? sum < 1 : sum === 1) return null;
  return Math.round(sum * 10_000) / 100;
}

/** Path of the parent ("/1/12/305/" → "/1/12/"), or null at the root. */
export function parentPath(path: string): string | null {
  const ids = pathIds(path);
  return ids.length > 1 ? `/${ids.slice(0, -1).join('/')}/` : null;
}
