import type { MovementSetDefinition, ScoringRule } from '../../common/criteria/schemas.ts';
import { type Leaf, leavesOf, roundPoints, sumPoints } from './criteria.ts';

/** What a scorer typed on a line: points, a number of events or a percentage, by the line's rule. */
export type EntryValues = Record<string, number | null | undefined>;

export type InputError = { code: string; key: string; params: Record<string, string | number> };

/** Checks one value against its line; the message names the criterion (issue #3: "rejected with the criterion named"). */
export function checkInput(leaf: Leaf, value: number): InputError | null {
  const params = { code: leaf.code, text: leaf.text, max: leaf.maxPoints, value };
  if (!Number.isFinite(value) || value < 0) return { code: leaf.code, key: 'evaluation.valueNegative', params };
  switch (leaf.rule.type) {
    case 'manual':
      if (value > leaf.maxPoints) return { code: leaf.code, key: 'evaluation.pointsAboveMax', params };
      if (Math.round(value * 100) % 25 !== 0) return { code: leaf.code, key: 'evaluation.pointsStep', params };
      return null;
    case 'deductionPerEvent':
      return Number.isInteger(value) && value <= 10_000
        ? null
        : { code: leaf.code, key: 'evaluation.eventsInteger', params };
    case 'percentageBands':
      return value <= 100 ? null : { code: leaf.code, key: 'evaluation.percentAbove100', params };
  }
}

/** Points a line earns from its value. */
export function pointsFor(rule: ScoringRule, maxPoints: number, value: number): number {
  switch (rule.type) {
    case 'manual':
      return roundPoints(value);
    case 'deductionPerEvent':
      return roundPoints(Math.max(0, maxPoints - value * rule.pointsPerEvent));
    case 'percentageBands': {
      const reached = rule.bands.filter((b) => value >= b.minPercent);
      return reached.length ? Math.max(...reached.map((b) => b.points)) : 0;
    }
  }
}

export type LineScore = { code: string; parentCode: string | null; value: number | null; points: number | null };

export type SheetScore = {
  lines: LineScore[];
  /** criterion code → points (sum of its sub-items) */
  criteria: Record<string, number>;
  total: number;
  /** every line has a value */
  complete: boolean;
};

/** Scores a sheet; lines without a value count 0 and make the sheet incomplete. */
export function scoreSheet(set: Pick<MovementSetDefinition, 'criteria'>, values: EntryValues): SheetScore {
  const lines = leavesOf(set).map((leaf) => {
    const value = values[leaf.code];
    const has = value !== null && value !== undefined;
    return {
      code: leaf.code,
      parentCode: leaf.parentCode,
      value: has ? value : null,
      points: has ? pointsFor(leaf.rule, leaf.maxPoints, value) : null,
    };
  });
  const criteria: Record<string, number> = {};
  for (const c of set.criteria) {
    criteria[c.code] = sumPoints(
      lines.filter((l) => l.code === c.code || l.parentCode === c.code).map((l) => l.points ?? 0),
    );
  }
  return {
    lines,
    criteria,
    total: sumPoints(Object.values(criteria)),
    complete: lines.every((l) => l.value !== null),
  };
}
