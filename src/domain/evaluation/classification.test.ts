import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type Classification,
  CriteriaSetDefinition,
  type Gate,
  type MovementSetDefinition,
} from '../../common/criteria/schemas.ts';
import { classify } from './classification.ts';
import { type Leaf, leavesOf, rankOf, worse } from './criteria.ts';
import { type EntryValues, pointsFor } from './scoring.ts';
import { validateCriteriaSet } from './validate.ts';

/**
 * The classification rules as the shipped data files define them: for every
 * Decision 510 set under reference/criteria, every threshold boundary and
 * every capping condition.
 */
const dir = fileURLToPath(new URL('../../../reference/criteria/', import.meta.url));
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.json'))
  .sort();
const parsed = files.map((file) => ({
  file,
  def: CriteriaSetDefinition.parse(JSON.parse(readFileSync(join(dir, file), 'utf8'))),
}));
const movementSets = parsed.flatMap((p) => (p.def.kind === 'movement' ? [{ file: p.file, set: p.def }] : []));

const Q = 4; // quarter points: all arithmetic here is in integer quarters
const quarters = (n: number) => Math.round(n * Q);
const recognised = { safetyRecognised: true };
const below: Record<Classification, Classification | null> = {
  excellent: 'good',
  good: 'average',
  average: 'weak',
  weak: null,
};

/** Every line at its maximum: full manual points, no event, 100 %. */
function fullMarks(set: MovementSetDefinition): EntryValues {
  const values: EntryValues = {};
  for (const l of leavesOf(set))
    values[l.code] = l.rule.type === 'manual' ? l.maxPoints : l.rule.type === 'deductionPerEvent' ? 0 : 100;
  return values;
}

/** What a line can be set to without entering an event: [value, points] pairs. */
function options(l: Leaf): [number, number][] {
  switch (l.rule.type) {
    case 'manual':
      return Array.from({ length: quarters(l.maxPoints) + 1 }, (_, i) => [i / Q, i / Q]);
    case 'deductionPerEvent':
      return [[0, l.maxPoints]];
    case 'percentageBands': {
      const values = [0, 100, ...l.rule.bands.map((b) => b.minPercent)];
      return values.map((v) => [v, pointsFor(l.rule, l.maxPoints, v)]);
    }
  }
}

type CriterionBelowGate = Extract<Gate, { kind: 'criterionBelow' }>;
const criterionGates = (set: MovementSetDefinition): CriterionBelowGate[] =>
  set.classification.gates.flatMap((g) => (g.kind === 'criterionBelow' ? [g] : []));
const underCode = (l: Leaf, code: string) => l.code === code || l.parentCode === code;

/**
 * A sheet of full marks lowered to exactly `target` points without tripping a
 * gate: no event is entered, and criteria a `criterionBelow` gate watches are
 * left whole. Percentage lines drop by whole bands first, manual lines take
 * the remainder in quarter points.
 */
function sheetTotalling(set: MovementSetDefinition, target: number): EntryValues {
  const values = fullMarks(set);
  const watched = criterionGates(set).map((g) => g.criterion);
  const free = leavesOf(set).filter((l) => !watched.some((c) => underCode(l, c)));
  let deficit = quarters(100 - target);
  for (const l of free.filter((x) => x.rule.type === 'percentageBands')) {
    const best = options(l)
      .filter(([, p]) => quarters(l.maxPoints - p) <= deficit)
      .sort((a, b) => a[1] - b[1])[0]!;
    values[l.code] = best[0];
    deficit -= quarters(l.maxPoints - best[1]);
  }
  for (const l of free.filter((x) => x.rule.type === 'manual')) {
    const cut = Math.min(deficit, quarters(l.maxPoints));
    values[l.code] = (quarters(l.maxPoints) - cut) / Q;
    deficit -= cut;
  }
  if (deficit !== 0) throw new Error(`cannot build a sheet of ${target} points for ${set.code}`);
  return values;
}

/**
 * Lines of one criterion set so that it scores the highest achievable points
 * not above `target` (every combination of its lines, by dynamic programming
 * over quarter points). Returns the values and the points reached.
 */
function criterionAtMost(set: MovementSetDefinition, code: string, target: number) {
  const lines = leavesOf(set).filter((l) => underCode(l, code));
  let states = new Map<number, EntryValues>([[0, {}]]);
  for (const l of lines) {
    const next = new Map<number, EntryValues>();
    for (const [sum, vals] of states)
      for (const [value, points] of options(l)) {
        const s = sum + quarters(points);
        if (!next.has(s)) next.set(s, { ...vals, [l.code]: value });
      }
    states = next;
  }
  const reach = Math.max(...[...states.keys()].filter((s) => s <= quarters(target)));
  return { values: states.get(reach)!, points: reach / Q };
}

const gateReasons = (r: ReturnType<typeof classify>) => r.reasons.filter((x) => x.kind === 'gate');

describe('reference data files', () => {
  it('are all valid, usable sets', () => {
    for (const p of parsed) expect(validateCriteriaSet(p.def), p.file).toEqual([]);
  });

  it('give a Decision 510 set for every unit type', () => {
    const covered = new Set(movementSets.flatMap((m) => m.set.appliesTo));
    expect([...covered].sort()).toEqual(['agency', 'commune', 'district', 'enterprise', 'residentialArea', 'school']);
  });

  it('exercise every kind of capping condition', () => {
    const kinds = new Set(movementSets.flatMap((m) => m.set.classification.gates.map((g) => g.kind)));
    expect([...kinds].sort()).toEqual(['criterionBelow', 'eventsRecorded', 'safetyRecognitionMissing']);
  });

  it('mark every unverified part: a sample set says so in its note', () => {
    for (const { file, set } of movementSets) {
      if (set.provenance !== 'verified') expect(set.provenanceNote, file).toMatch(/MẪU|MỘT PHẦN/);
    }
  });
});

describe.each(movementSets)('$file', ({ set }) => {
  const t = set.classification.thresholds;
  const boundaries = [
    ['excellent', t.excellent],
    ['good', t.good],
    ['average', t.average],
  ] as const;

  it('full marks total 100 and are excellent', () => {
    const r = classify(set, fullMarks(set), recognised);
    expect(r.total).toBe(100);
    expect(r.classification).toBe('excellent');
    expect(gateReasons(r)).toEqual([]);
  });

  it('an empty sheet is weak', () => {
    const r = classify(set, {}, recognised);
    expect(r.byPoints).toBe('weak');
  });

  describe.each(boundaries)('threshold %s (%s points)', (cls, min) => {
    it(`exactly ${min} points is ${cls}`, () => {
      const values = sheetTotalling(set, min);
      const r = classify(set, values, recognised);
      expect(r.total).toBe(min);
      expect(r.byPoints).toBe(cls);
      expect(r.classification).toBe(cls);
      expect(r.reasons).toEqual([expect.objectContaining({ kind: 'threshold', classification: cls, min })]);
    });

    it(`${min} − 0.25 points is the class below`, () => {
      const values = sheetTotalling(set, min - 0.25);
      const r = classify(set, values, recognised);
      expect(r.total).toBe(min - 0.25);
      expect(r.classification).toBe(below[cls]);
      expect(gateReasons(r)).toEqual([]);
    });
  });

  const gates = set.classification.gates.map((gate, i) => [`${i + 1}. ${gate.kind}`, gate] as const);

  describe.each(gates)('gate %s', (_name, gate) => {
    const capped = (byPoints: Classification) => worse(byPoints, gate.capAt);

    it('caps a sheet the points alone would rate higher, and the reasons name it', () => {
      const { values, facts } = tripping(set, gate);
      const r = classify(set, values, facts);
      expect(rankOf(r.byPoints)).toBeLessThan(rankOf(gate.capAt));
      expect(r.classification).toBe(capped(r.byPoints));
      expect(r.classification).toBe(gate.capAt);
      expect(gateReasons(r)).toEqual([expect.objectContaining({ kind: 'gate', gate, capAt: gate.capAt })]);
    });

    it('does not trip when its condition is absent', () => {
      const { values, facts } = notTripping(set, gate);
      const r = classify(set, values, facts);
      expect(gateReasons(r)).toEqual([]);
      expect(r.classification).toBe(r.byPoints);
    });

    it('does not lift a sheet already below its cap', () => {
      const { values, facts } = tripping(set, gate);
      const low = sheetTotalling(set, t.average - 0.25);
      const r = classify(set, { ...low, ...pick(values, gate, set) }, facts);
      expect(r.classification).toBe('weak');
    });
  });

  if (gates.length >= 2) {
    it('when several gates trip, the lowest cap wins', () => {
      let values = fullMarks(set);
      let facts = recognised;
      for (const gate of set.classification.gates) {
        const tr = tripping(set, gate);
        values = { ...values, ...pick(tr.values, gate, set) };
        if (!tr.facts.safetyRecognised) facts = tr.facts;
      }
      const r = classify(set, values, facts);
      const lowest = set.classification.gates.map((g) => g.capAt).reduce(worse);
      expect(gateReasons(r)).toHaveLength(set.classification.gates.length);
      expect(r.classification).toBe(worse(r.byPoints, lowest));
    });
  }
});

/** The lines a gate reads, so two gates' sheets can be combined. */
function pick(values: EntryValues, gate: Gate, set: MovementSetDefinition): EntryValues {
  if (gate.kind === 'safetyRecognitionMissing') return {};
  const codes = leavesOf(set)
    .filter((l) => underCode(l, gate.criterion))
    .map((l) => l.code);
  return Object.fromEntries(codes.map((c) => [c, values[c]]));
}

/** Full marks except for the one thing that trips the gate, at its boundary. */
function tripping(set: MovementSetDefinition, gate: Gate) {
  const values = fullMarks(set);
  switch (gate.kind) {
    case 'eventsRecorded': {
      const line = leavesOf(set).find((l) => underCode(l, gate.criterion) && l.rule.type === 'deductionPerEvent')!;
      values[line.code] = 1;
      return { values, facts: recognised };
    }
    case 'safetyRecognitionMissing':
      return { values, facts: { safetyRecognised: false } };
    case 'criterionBelow': {
      const r = criterionAtMost(set, gate.criterion, gate.minPoints - 0.25);
      expect(r.points).toBeLessThan(gate.minPoints);
      return { values: { ...values, ...r.values }, facts: recognised };
    }
  }
}

/** The same sheet with the condition just absent: no event, recognised, exactly the minimum. */
function notTripping(set: MovementSetDefinition, gate: Gate) {
  const values = fullMarks(set);
  if (gate.kind !== 'criterionBelow') return { values, facts: recognised };
  const r = criterionAtMost(set, gate.criterion, gate.minPoints);
  expect(r.points).toBe(gate.minPoints);
  return { values: { ...values, ...r.values }, facts: recognised };
}
