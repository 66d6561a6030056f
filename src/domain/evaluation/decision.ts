import { parentPath } from '../org-unit/rules.ts';

/**
 * Where the competent level sits for a unit: its parent (a commune decides on
 * its residential areas) or the province the year was opened for. The decider
 * holds `evaluation.decide` on that unit or above it.
 */
export function decisionPath(level: 'parent' | 'province', unitPath: string, cyclePath: string): string {
  return level === 'parent' ? (parentPath(unitPath) ?? cyclePath) : cyclePath;
}

/** A grant strictly above the unit: the reviewer is never the unit itself. */
export const coversFromAbove = (grantPath: string, unitPath: string) =>
  unitPath.startsWith(grantPath) && grantPath !== unitPath;
