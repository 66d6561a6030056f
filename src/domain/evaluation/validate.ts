import type {
  CriteriaSetDefinition,
  MovementSetDefinition,
  SafetySetDefinition,
} from '../../common/criteria/schemas.ts';
import { leavesOf, sumPoints } from './criteria.ts';

/** A rule a set breaks; the server words it from `key` and `params`. */
export type SetIssue = { path: string; key: string; params: Record<string, string | number> };

/**
 * The checks a set must pass before an evaluation year may use it: points add
 * up to 100, sub-items add up to their criterion, thresholds are ordered,
 * bands and gates make sense. Structure (types, lengths) is zod's job.
 */
export function validateCriteriaSet(def: CriteriaSetDefinition): SetIssue[] {
  return def.kind === 'movement' ? validateMovement(def) : validateSafety(def);
}

function duplicates(codes: string[]) {
  return [...new Set(codes.filter((c, i) => codes.indexOf(c) !== i))];
}

function validateMovement(def: MovementSetDefinition): SetIssue[] {
  const issues: SetIssue[] = [];
  const total = sumPoints(def.criteria.map((c) => c.maxPoints));
  if (total !== 100) issues.push({ path: 'criteria', key: 'criteria.totalNot100', params: { total } });
  def.criteria.forEach((c, i) => {
    const path = `criteria.${i}`;
    if (c.items?.length) {
      const sum = sumPoints(c.items.map((s) => s.maxPoints));
      if (sum !== c.maxPoints)
        issues.push({
          path: `${path}.items`,
          key: 'criteria.itemsSum',
          params: { code: c.code, sum, max: c.maxPoints },
        });
    } else if (!c.rule) {
      issues.push({ path: `${path}.rule`, key: 'criteria.ruleMissing', params: { code: c.code } });
    }
  });
  const leaves = leavesOf(def);
  const allCodes = [
    ...def.criteria.map((c) => c.code),
    ...def.criteria.flatMap((c) => c.items?.map((s) => s.code) ?? []),
  ];
  for (const code of duplicates(allCodes))
    issues.push({ path: 'criteria', key: 'criteria.duplicateCode', params: { code } });
  for (const leaf of leaves) issues.push(...ruleIssues(leaf.code, leaf.rule, leaf.maxPoints));
  issues.push(...thresholdIssues(def), ...gateIssues(def, allCodes));
  return issues;
}

function ruleIssues(code: string, rule: MovementSetDefinition['criteria'][number]['rule'], max: number): SetIssue[] {
  if (rule?.type !== 'percentageBands') return [];
  const issues: SetIssue[] = [];
  for (const b of rule.bands)
    if (b.points > max)
      issues.push({ path: `rule:${code}`, key: 'criteria.bandAboveMax', params: { code, points: b.points, max } });
  const mins = rule.bands.map((b) => b.minPercent);
  if (duplicates(mins.map(String)).length)
    issues.push({ path: `rule:${code}`, key: 'criteria.bandDuplicate', params: { code } });
  return issues;
}

function thresholdIssues(def: MovementSetDefinition): SetIssue[] {
  const t = def.classification.thresholds;
  const ordered = t.excellent > t.good && t.good > t.average && t.average > 0 && t.excellent <= 100;
  return ordered ? [] : [{ path: 'classification.thresholds', key: 'criteria.thresholdsOrder', params: { ...t } }];
}

function gateIssues(def: MovementSetDefinition, codes: string[]): SetIssue[] {
  const issues: SetIssue[] = [];
  const leaves = leavesOf(def);
  def.classification.gates.forEach((g, i) => {
    const path = `classification.gates.${i}`;
    if (g.capAt === 'excellent') issues.push({ path, key: 'criteria.gateCapsNothing', params: { n: i + 1 } });
    if (g.kind === 'safetyRecognitionMissing') return;
    if (!codes.includes(g.criterion)) {
      issues.push({ path, key: 'criteria.gateUnknownCriterion', params: { n: i + 1, code: g.criterion } });
      return;
    }
    if (g.kind === 'criterionBelow') {
      const max = maxOf(def, g.criterion);
      // a minimum above the maximum trips on every sheet: almost certainly a typo
      if (max !== null && g.minPoints > max)
        issues.push({
          path,
          key: 'criteria.gateAlwaysTrips',
          params: { n: i + 1, code: g.criterion, min: g.minPoints, max },
        });
    }
    if (g.kind === 'eventsRecorded') {
      const counts = leaves.some(
        (l) => (l.code === g.criterion || l.parentCode === g.criterion) && l.rule.type === 'deductionPerEvent',
      );
      if (!counts) issues.push({ path, key: 'criteria.gateNeedsEvents', params: { n: i + 1, code: g.criterion } });
    }
  });
  return issues;
}

/** The maximum of a criterion or sub-item by code. */
function maxOf(def: MovementSetDefinition, code: string): number | null {
  for (const c of def.criteria) {
    if (c.code === code) return c.maxPoints;
    const item = c.items?.find((s) => s.code === code);
    if (item) return item.maxPoints;
  }
  return null;
}

function validateSafety(def: SafetySetDefinition): SetIssue[] {
  const issues: SetIssue[] = duplicates(def.items.map((i) => i.code)).map((code) => ({
    path: 'items',
    key: 'criteria.duplicateCode',
    params: { code },
  }));
  def.items.forEach((item, i) => {
    if (item.computed && item.minPercent === undefined)
      issues.push({ path: `items.${i}.minPercent`, key: 'criteria.minPercentMissing', params: { code: item.code } });
  });
  return issues;
}
