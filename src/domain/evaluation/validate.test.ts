import { describe, expect, it } from 'vitest';
import {
  type CriteriaSetDefinition,
  MovementSetDefinition as MovementSchema,
  type MovementSetDefinition,
  type SafetySetDefinition,
} from '../../common/criteria/schemas.ts';
import { validateCriteriaSet } from './validate.ts';

const valid = (): MovementSetDefinition => ({
  kind: 'movement',
  code: 'test-set',
  name: 'Bộ thử',
  legalBasis: 'QĐ thử',
  appliesTo: ['commune'],
  provenance: 'sample',
  decideBy: '11-30',
  criteria: [
    { code: '1', text: 'A', maxPoints: 30, provenance: 'sample', rule: { type: 'manual' } },
    {
      code: '2',
      text: 'B',
      maxPoints: 40,
      provenance: 'sample',
      items: [
        {
          code: '2.1',
          text: 'B1',
          maxPoints: 20.5,
          provenance: 'sample',
          rule: { type: 'deductionPerEvent', pointsPerEvent: 5 },
        },
        { code: '2.2', text: 'B2', maxPoints: 19.5, provenance: 'sample', rule: { type: 'manual' } },
      ],
    },
    {
      code: '3',
      text: 'C',
      maxPoints: 30,
      provenance: 'sample',
      rule: {
        type: 'percentageBands',
        bands: [
          { minPercent: 90, points: 30 },
          { minPercent: 50, points: 10 },
        ],
      },
    },
  ],
  classification: {
    labels: { excellent: 'Xuất sắc', good: 'Khá', average: 'Trung bình', weak: 'Yếu' },
    thresholds: { excellent: 90, good: 70, average: 50 },
    thresholdsProvenance: 'sample',
    gates: [
      { kind: 'eventsRecorded', criterion: '2', capAt: 'average', provenance: 'sample' },
      { kind: 'safetyRecognitionMissing', capAt: 'good', provenance: 'sample' },
      { kind: 'criterionBelow', criterion: '2.2', minPoints: 10, capAt: 'good', provenance: 'sample' },
    ],
  },
});

const keys = (def: CriteriaSetDefinition) => validateCriteriaSet(def).map((i) => i.key);

type Case = [string, (d: MovementSetDefinition) => void, string[]];

const cases: Case[] = [
  ['the valid set', () => {}, []],
  ['total 99.75', (d) => (d.criteria[0]!.maxPoints = 29.75), ['criteria.totalNot100']],
  ['total 100.25', (d) => (d.criteria[0]!.maxPoints = 30.25), ['criteria.totalNot100']],
  [
    'sub-items add up to less than their criterion',
    (d) => {
      d.criteria[1]!.items![1]!.maxPoints = 19.25;
      d.criteria[1]!.maxPoints = 40;
    },
    ['criteria.itemsSum'],
  ],
  [
    'sub-items and criterion moved together stay valid, the total does not',
    (d) => {
      d.criteria[1]!.items![1]!.maxPoints = 20.5;
      d.criteria[1]!.maxPoints = 41;
    },
    ['criteria.totalNot100'],
  ],
  ['a criterion with neither rule nor items', (d) => delete d.criteria[0]!.rule, ['criteria.ruleMissing']],
  [
    'an empty items list is not sub-items',
    (d) => {
      d.criteria[0]!.items = [];
      delete d.criteria[0]!.rule;
    },
    ['criteria.ruleMissing'],
  ],
  ['duplicate criterion codes', (d) => (d.criteria[2]!.code = '1'), ['criteria.duplicateCode']],
  ['a sub-item reusing a criterion code', (d) => (d.criteria[1]!.items![0]!.code = '3'), ['criteria.duplicateCode']],
  [
    'a band above the maximum',
    (d) => (d.criteria[2]!.rule = { type: 'percentageBands', bands: [{ minPercent: 90, points: 30.25 }] }),
    ['criteria.bandAboveMax'],
  ],
  [
    'two bands with the same minimum',
    (d) =>
      (d.criteria[2]!.rule = {
        type: 'percentageBands',
        bands: [
          { minPercent: 90, points: 30 },
          { minPercent: 90, points: 20 },
        ],
      }),
    ['criteria.bandDuplicate'],
  ],
  ['good equal to excellent', (d) => (d.classification.thresholds.good = 90), ['criteria.thresholdsOrder']],
  ['average equal to good', (d) => (d.classification.thresholds.average = 70), ['criteria.thresholdsOrder']],
  ['average above good', (d) => (d.classification.thresholds.average = 80), ['criteria.thresholdsOrder']],
  ['average 0', (d) => (d.classification.thresholds.average = 0), ['criteria.thresholdsOrder']],
  [
    'thresholds one quarter apart are ordered',
    (d) => (d.classification.thresholds = { excellent: 50.5, good: 50.25, average: 50 }),
    [],
  ],
  ['excellent at 100 is allowed', (d) => (d.classification.thresholds.excellent = 100), []],
  [
    'a gate capping at the top class',
    (d) => (d.classification.gates[1]!.capAt = 'excellent'),
    ['criteria.gateCapsNothing'],
  ],
  [
    'a gate naming an unknown criterion',
    (d) => (d.classification.gates[2] = { ...d.classification.gates[2]!, criterion: '9' } as never),
    ['criteria.gateUnknownCriterion'],
  ],
  [
    'an events gate on a criterion without deductions',
    (d) => (d.classification.gates[0] = { ...d.classification.gates[0]!, criterion: '1' } as never),
    ['criteria.gateNeedsEvents'],
  ],
  [
    'an events gate on the deduction sub-item itself',
    (d) => (d.classification.gates[0] = { ...d.classification.gates[0]!, criterion: '2.1' } as never),
    [],
  ],
];

describe('validateCriteriaSet (movement)', () => {
  it.each(cases)('%s', (_name, change, expected) => {
    const d = valid();
    change(d);
    expect(keys(d).sort()).toEqual([...expected].sort());
  });

  it('names the criterion and the numbers in the params', () => {
    const d = valid();
    d.criteria[1]!.items![1]!.maxPoints = 19;
    const [issue] = validateCriteriaSet(d).filter((i) => i.key === 'criteria.itemsSum');
    expect(issue).toEqual({
      path: 'criteria.1.items',
      key: 'criteria.itemsSum',
      params: { code: '2', sum: 39.5, max: 40 },
    });
  });

  it('reports the total it found', () => {
    const d = valid();
    d.criteria[0]!.maxPoints = 25;
    expect(validateCriteriaSet(d)).toContainEqual({
      path: 'criteria',
      key: 'criteria.totalNot100',
      params: { total: 95 },
    });
  });
});

describe('the schema (structure) before the rules', () => {
  it.each([
    ['points not on a 0.25 step', (d: MovementSetDefinition) => (d.criteria[0]!.maxPoints = 30.1)],
    ['a criterion code with a space', (d: MovementSetDefinition) => (d.criteria[0]!.code = '1 a')],
    ['a set code with capitals', (d: MovementSetDefinition) => (d.code = 'Test-Set')],
    ['a deadline that is not month-day', (d: MovementSetDefinition) => (d.decideBy = '2026-11-30')],
    [
      'per-event points of 0',
      (d: MovementSetDefinition) => (d.criteria[0]!.rule = { type: 'deductionPerEvent', pointsPerEvent: 0 }),
    ],
    [
      'a band above 100 %',
      (d: MovementSetDefinition) =>
        (d.criteria[2]!.rule = { type: 'percentageBands', bands: [{ minPercent: 101, points: 1 }] }),
    ],
    ['no criteria', (d: MovementSetDefinition) => (d.criteria = [])],
  ])('refuses %s', (_n, change) => {
    const d = valid();
    change(d);
    expect(MovementSchema.safeParse(d).success).toBe(false);
  });

  it('accepts the valid set and defaults provenance to sample', () => {
    const d = valid() as Record<string, unknown> & MovementSetDefinition;
    const raw = JSON.parse(JSON.stringify(d));
    delete raw.criteria[0].provenance;
    const parsed = MovementSchema.parse(raw);
    expect(parsed.criteria[0]!.provenance).toBe('sample');
  });
});

describe('validateCriteriaSet (safety)', () => {
  const safety = (): SafetySetDefinition => ({
    kind: 'safety',
    code: 'test-safety',
    name: 'Thử',
    legalBasis: 'TT thử',
    appliesTo: ['commune'],
    provenance: 'sample',
    windowFrom: '11-16',
    windowTo: '11-15',
    items: [
      { code: '1', text: 'A', provenance: 'sample' },
      { code: '2', text: 'B', provenance: 'sample', computed: 'subunitRecognitionShare', minPercent: 70 },
    ],
  });
  it('a valid checklist has no issue', () => expect(keys(safety())).toEqual([]));
  it('duplicate item codes', () => {
    const d = safety();
    d.items[1]!.code = '1';
    expect(keys(d)).toEqual(['criteria.duplicateCode']);
  });
});

describe('gates and computed items that cannot work', () => {
  it('flags a criterionBelow minimum above the criterion maximum', async () => {
    const { validateCriteriaSet } = await import('./validate.ts');
    const def = {
      kind: 'movement' as const,
      code: 'thu-cong',
      name: 'Thử',
      legalBasis: 'Thử',
      appliesTo: ['commune' as const],
      provenance: 'sample' as const,
      decideBy: '11-30',
      criteria: [
        { code: '1', text: 'Một', maxPoints: 100, provenance: 'sample' as const, rule: { type: 'manual' as const } },
      ],
      classification: {
        labels: { excellent: 'Xuất sắc', good: 'Khá', average: 'Trung bình', weak: 'Yếu' },
        thresholds: { excellent: 90, good: 70, average: 50 },
        thresholdsProvenance: 'sample' as const,
        gates: [
          {
            kind: 'criterionBelow' as const,
            criterion: '1',
            minPoints: 101,
            capAt: 'good' as const,
            provenance: 'sample' as const,
          },
        ],
      },
    };
    // 101 is outside the schema's 0..100 too, but a hand-built definition can still carry it
    expect(validateCriteriaSet(def).map((i) => i.key)).toContain('criteria.gateAlwaysTrips');
  });

  it('flags a computed checklist item without its minimum percentage', async () => {
    const { validateCriteriaSet } = await import('./validate.ts');
    const def = {
      kind: 'safety' as const,
      code: 'thu-124',
      name: 'Thử',
      legalBasis: 'Thử',
      appliesTo: ['commune' as const],
      provenance: 'sample' as const,
      windowFrom: '11-16',
      windowTo: '11-15',
      items: [
        { code: '4', text: 'Tỷ lệ', provenance: 'sample' as const, computed: 'subunitRecognitionShare' as const },
      ],
    };
    expect(validateCriteriaSet(def).map((i) => i.key)).toEqual(['criteria.minPercentMissing']);
  });
});
