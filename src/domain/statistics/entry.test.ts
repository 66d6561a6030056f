import { describe, expect, it } from 'vitest';
import {
  completeness,
  type EntryAction,
  type EntryIndicator,
  type EntryStatus,
  entryActions,
  entryActionsFrom,
  entryStatuses,
  indicatorsForKind,
  indicatorsForPeriod,
  isComplete,
  nextEntryStatus,
  periodsOfYear,
  reportingPeriods,
  reportsFigures,
  validateValues,
} from './entry.ts';

const ind = (code: string, more: Partial<EntryIndicator> = {}): EntryIndicator => ({
  code,
  source: 'entered',
  entryPeriod: 'quarter',
  integer: true,
  min: 0,
  max: null,
  ...more,
});

const catalogue = [
  ind('crimeCases'),
  ind('crimeCasesCleared'),
  ind('crimeDamageVnd', { integer: false, max: 1_000_000 }),
  ind('staffYearly', { entryPeriod: 'year' }),
  ind('tipsReceived', { source: 'computed', entryPeriod: null }),
];

describe('which indicators and periods a unit reports', () => {
  it('takes the entered indicators whose entry period is the kind of the period', () => {
    expect(indicatorsForKind(catalogue, 'quarter').map((i) => i.code)).toEqual([
      'crimeCases',
      'crimeCasesCleared',
      'crimeDamageVnd',
    ]);
    expect(indicatorsForPeriod(catalogue, '2025')!.map((i) => i.code)).toEqual(['staffYearly']);
    expect(indicatorsForPeriod(catalogue, '2025M03')).toEqual([]);
    expect(indicatorsForPeriod(catalogue, '2025Q5')).toBeNull();
  });

  it('lists each kind used by some entered indicator, with its periods of the year', () => {
    expect(reportingPeriods(catalogue, 2025)).toEqual([
      { kind: 'quarter', periods: ['2025Q1', '2025Q2', '2025Q3', '2025Q4'] },
      { kind: 'year', periods: ['2025'] },
    ]);
    expect(periodsOfYear(2026, 'half')).toEqual(['2026S1', '2026S2']);
    expect(periodsOfYear(2026, 'month')[2]).toBe('2026M03');
    expect(periodsOfYear(2026, 'month')).toHaveLength(12);
  });
});

describe('which units report', () => {
  it.each([
    ['administrative', 'commune', true],
    ['administrative', 'province', true],
    ['administrative', 'residentialArea', false],
    ['administrative', 'national', false],
    ['school', null, false],
  ])('%s %s → %s', (kind, level, expected) => {
    expect(reportsFigures({ kind, level })).toBe(expected);
  });
});

describe('validating values', () => {
  const quarter = indicatorsForKind(catalogue, 'quarter');
  const keys = (values: Record<string, number | null>) =>
    validateValues(quarter, values).map((i) => [i.code, i.key, i.params]);

  it.each([
    [{ crimeCases: 3, crimeCasesCleared: 2, crimeDamageVnd: 12.5 }, []],
    [{ crimeCases: null }, []],
    [{ crimeCases: 0, crimeCasesCleared: 0 }, []],
    [{ crimeCases: 1.5 }, [['crimeCases', 'notInteger', {}]]],
    [{ crimeCases: -1 }, [['crimeCases', 'belowMin', { min: 0 }]]],
    [{ crimeDamageVnd: 2_000_000 }, [['crimeDamageVnd', 'aboveMax', { max: 1_000_000 }]]],
    [{ crimeCases: Number.NaN }, [['crimeCases', 'notNumber', {}]]],
    [{ staffYearly: 4 }, [['staffYearly', 'unknownIndicator', { code: 'staffYearly' }]]],
  ])('%j → %j', (values, expected) => {
    expect(keys(values)).toEqual(expected);
  });

  it('refuses more cases cleared than cases, on the cleared figure', () => {
    expect(keys({ crimeCases: 3, crimeCasesCleared: 4 })).toEqual([
      ['crimeCasesCleared', 'notAbove', { other: 'crimeCases', limit: 3 }],
    ]);
  });

  it('checks a rule between indicators only when both values are good', () => {
    expect(keys({ crimeCasesCleared: 4 })).toEqual([]);
    expect(keys({ crimeCases: -3, crimeCasesCleared: 4 })).toEqual([['crimeCases', 'belowMin', { min: 0 }]]);
  });
});

describe('completeness', () => {
  const quarter = indicatorsForKind(catalogue, 'quarter');
  it('counts filled indicators, zero included, and names the missing ones', () => {
    const c = completeness(quarter, { crimeCases: 0, crimeCasesCleared: null });
    expect(c).toEqual({ filled: 1, required: 3, missing: ['crimeCasesCleared', 'crimeDamageVnd'] });
    expect(isComplete(c)).toBe(false);
    expect(isComplete(completeness(quarter, { crimeCases: 0, crimeCasesCleared: 0, crimeDamageVnd: 0 }))).toBe(true);
  });
  it('never calls a form without indicators complete', () => {
    expect(isComplete(completeness([], {}))).toBe(false);
  });
});

describe('workflow', () => {
  const expected: Record<EntryStatus, Partial<Record<EntryAction, EntryStatus>>> = {
    notStarted: { save: 'draft', submit: 'submitted' },
    draft: { save: 'draft', submit: 'submitted' },
    returned: { save: 'draft', submit: 'submitted' },
    submitted: { approve: 'approved', return: 'returned' },
    approved: { reopen: 'returned' },
  };
  const cells = entryStatuses.flatMap((s) => entryActions.map((a): [EntryStatus, EntryAction] => [s, a]));
  it.each(cells)('%s × %s', (status, action) => {
    expect(nextEntryStatus(status, action)).toBe(expected[status][action] ?? null);
  });
  it('offers the buttons of each status', () => {
    expect(entryActionsFrom('submitted')).toEqual(['approve', 'return']);
    expect(entryActionsFrom('approved')).toEqual(['reopen']);
  });
});
