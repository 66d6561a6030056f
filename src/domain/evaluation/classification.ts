import type { Classification, Gate, MovementSetDefinition } from '../../common/criteria/schemas.ts';
import { leavesOf, worse } from './criteria.ts';
import { type EntryValues, scoreSheet } from './scoring.ts';

/** A reason shown on the sheet; the UI words it from `kind` and the numbers. */
export type ClassificationReason =
  | { kind: 'threshold'; classification: Classification; total: number; min: number | null; nextMin: number | null }
  | { kind: 'gate'; gate: Gate; capAt: Classification; detail: { events?: number; points?: number } };

export type ClassificationResult = {
  total: number;
  /** what the points alone give */
  byPoints: Classification;
  classification: Classification;
  reasons: ClassificationReason[];
};

/** Facts about the unit that gates read besides the sheet. */
export type UnitFacts = { safetyRecognised: boolean };

/** What classifying needs of a set: its lines and its rules (the web sheet carries only these). */
export type ScoredSet = Pick<MovementSetDefinition, 'criteria' | 'classification'>;

function byThresholds(set: ScoredSet, total: number) {
  const t = set.classification.thresholds;
  if (total >= t.excellent) return { classification: 'excellent' as const, min: t.excellent, nextMin: null };
  if (total >= t.good) return { classification: 'good' as const, min: t.good, nextMin: t.excellent };
  if (total >= t.average) return { classification: 'average' as const, min: t.average, nextMin: t.good };
  return { classification: 'weak' as const, min: null, nextMin: t.average };
}

/** Does a gate trip? Returns the numbers that explain it, or null. */
function tripped(set: ScoredSet, gate: Gate, values: EntryValues, facts: UnitFacts, points: (code: string) => number) {
  switch (gate.kind) {
    case 'eventsRecorded': {
      const events = leavesOf(set)
        .filter(
          (l) => (l.code === gate.criterion || l.parentCode === gate.criterion) && l.rule.type === 'deductionPerEvent',
        )
        .reduce((n, l) => n + (values[l.code] ?? 0), 0);
      return events > 0 ? { events } : null;
    }
    case 'safetyRecognitionMissing':
      return facts.safetyRecognised ? null : {};
    case 'criterionBelow': {
      const p = points(gate.criterion);
      return p < gate.minPoints ? { points: p } : null;
    }
  }
}

/**
 * Classifies a sheet: thresholds on the total, then every gate that trips caps
 * the class. Pure and driven by the set, so a province's own rules need no code.
 */
export function classify(set: ScoredSet, values: EntryValues, facts: UnitFacts): ClassificationResult {
  const score = scoreSheet(set, values);
  const lineByCode = new Map(score.lines.map((l) => [l.code, l.points ?? 0]));
  const points = (code: string) => score.criteria[code] ?? lineByCode.get(code) ?? 0;
  const t = byThresholds(set, score.total);
  const reasons: ClassificationReason[] = [{ kind: 'threshold', total: score.total, ...t }];
  let classification: Classification = t.classification;
  for (const gate of set.classification.gates) {
    const detail = tripped(set, gate, values, facts, points);
    if (!detail) continue;
    reasons.push({ kind: 'gate', gate, capAt: gate.capAt, detail });
    classification = worse(classification, gate.capAt);
  }
  return { total: score.total, byPoints: t.classification, classification, reasons };
}
