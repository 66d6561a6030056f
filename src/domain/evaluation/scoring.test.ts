import { describe, expect, it } from 'vitest';
import type { MovementSetDefinition, ScoringRule } from '../../common/criteria/schemas.ts';
import { leavesOf, sumPoints } from './criteria.ts';
import { checkInput, pointsFor, scoreSheet } from './scoring.ts';

const manual: ScoringRule = { type: 'manual' };
const perEvent: ScoringRule = { type: 'deductionPerEvent', pointsPerEvent: 4 };
const bands: ScoringRule = {
  type: 'percentageBands',
  bands: [
    { minPercent: 90, points: 10 },
    { minPercent: 70, points: 7 },
    { minPercent: 50, points: 4 },
  ],
};

describe('pointsFor', () => {
  it.each([
    ['manual keeps the points', manual, 10, 7.25, 7.25],
    ['manual zero', manual, 10, 0, 0],
    ['deduction, no event: full points', perEvent, 20, 0, 20],
    ['deduction, one event', perEvent, 20, 1, 16],
    ['deduction, exactly used up', perEvent, 20, 5, 0],
    ['deduction never below 0', perEvent, 20, 9, 0],
    ['deduction, fractional per event', { type: 'deductionPerEvent', pointsPerEvent: 0.75 }, 3, 3, 0.75],
    ['band: exactly the top minimum', bands, 10, 90, 10],
    ['band: just under the top minimum', bands, 10, 89.99, 7],
    ['band: exactly the middle minimum', bands, 10, 70, 7],
    ['band: exactly the lowest minimum', bands, 10, 50, 4],
    ['band: under every minimum gives 0', bands, 10, 49, 0],
    ['band: 100 %', bands, 10, 100, 10],
    [
      'bands in any order: the highest reached wins',
      {
        type: 'percentageBands',
        bands: [
          { minPercent: 0, points: 1 },
          { minPercent: 80, points: 3 },
        ],
      },
      3,
      85,
      3,
    ],
  ] as const)('%s', (_name, rule, max, value, expected) => {
    expect(pointsFor(rule as ScoringRule, max, value)).toBe(expected);
  });
});

const leaf = (rule: ScoringRule, maxPoints = 10) => ({
  code: '4.1',
  text: 'Nội dung',
  maxPoints,
  rule,
  provenance: 'sample' as const,
  parentCode: '4',
});

describe('checkInput', () => {
  it.each([
    ['manual within max', manual, 10, null],
    ['manual at max', manual, 10, null],
    ['manual 0.25 step', manual, 2.25, null],
    ['manual 0.75 step', manual, 9.75, null],
    ['manual above max', manual, 10.25, 'evaluation.pointsAboveMax'],
    ['manual not a 0.25 step', manual, 2.3, 'evaluation.pointsStep'],
    ['manual 0.1 step refused', manual, 0.1, 'evaluation.pointsStep'],
    ['negative', manual, -1, 'evaluation.valueNegative'],
    ['not finite', manual, Number.NaN, 'evaluation.valueNegative'],
    ['events: whole number', perEvent, 3, null],
    ['events: zero', perEvent, 0, null],
    ['events: fraction refused', perEvent, 1.5, 'evaluation.eventsInteger'],
    ['events: absurd count refused', perEvent, 10_001, 'evaluation.eventsInteger'],
    ['events: negative refused', perEvent, -1, 'evaluation.valueNegative'],
    ['percent: 100', bands, 100, null],
    ['percent: above 100 refused', bands, 100.5, 'evaluation.percentAbove100'],
  ] as const)('%s', (_name, rule, value, key) => {
    const err = checkInput(leaf(rule as ScoringRule), value);
    expect(err?.key ?? null).toBe(key);
    if (err) expect(err.code).toBe('4.1');
  });
});

const set: Pick<MovementSetDefinition, 'criteria'> = {
  criteria: [
    { code: '1', text: 'Nghị quyết', maxPoints: 10, provenance: 'sample', rule: manual },
    {
      code: '2',
      text: 'Không để xảy ra',
      maxPoints: 20,
      provenance: 'sample',
      items: [
        { code: '2.1', text: 'a', maxPoints: 12, provenance: 'sample', rule: perEvent },
        { code: '2.2', text: 'b', maxPoints: 8, provenance: 'sample', rule: perEvent },
      ],
    },
    { code: '3', text: 'Tham gia', maxPoints: 10, provenance: 'sample', rule: bands },
    {
      code: '4',
      text: 'Mô hình',
      maxPoints: 60,
      provenance: 'sample',
      items: [
        { code: '4.1', text: 'x', maxPoints: 30.25, provenance: 'sample', rule: manual },
        { code: '4.2', text: 'y', maxPoints: 29.75, provenance: 'sample', rule: manual },
      ],
    },
  ],
};

describe('scoreSheet', () => {
  it('lists the leaves in sheet order, sub-items instead of their criterion', () => {
    expect(leavesOf(set).map((l) => [l.code, l.parentCode])).toEqual([
      ['1', null],
      ['2.1', '2'],
      ['2.2', '2'],
      ['3', null],
      ['4.1', '4'],
      ['4.2', '4'],
    ]);
  });

  it('a criterion without a rule or items is scored manually', () => {
    const s = scoreSheet({ criteria: [{ code: '1', text: 't', maxPoints: 100, provenance: 'sample' }] }, { 1: 40 });
    expect(s.total).toBe(40);
  });

  it('adds sub-items into their criterion and criteria into the total', () => {
    const s = scoreSheet(set, { 1: 9.25, '2.1': 1, '2.2': 0, 3: 75, '4.1': 30.25, '4.2': 0.5 });
    expect(s.criteria).toEqual({ 1: 9.25, 2: 16, 3: 7, 4: 30.75 });
    expect(s.total).toBe(63);
    expect(s.complete).toBe(true);
  });

  it('full marks give exactly 100', () => {
    const s = scoreSheet(set, { 1: 10, '2.1': 0, '2.2': 0, 3: 100, '4.1': 30.25, '4.2': 29.75 });
    expect(s.total).toBe(100);
  });

  it('a deduction sub-item never goes below 0 and never takes points from its sibling', () => {
    const s = scoreSheet(set, { '2.1': 50, '2.2': 1 });
    expect(s.criteria['2']).toBe(4);
  });

  it('an empty line counts 0 and marks the sheet incomplete', () => {
    const s = scoreSheet(set, { 1: 10, 3: null });
    expect(s.complete).toBe(false);
    expect(s.lines.find((l) => l.code === '3')).toEqual({ code: '3', parentCode: null, value: null, points: null });
    expect(s.total).toBe(10);
  });

  it('quarter points never drift when added', () => {
    const many = Array.from({ length: 400 }, () => 0.25);
    expect(sumPoints(many)).toBe(100);
    expect(sumPoints([0.1, 0.2])).toBe(0.3);
  });
});
