import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../../common/criteria/schemas.ts';
import { assess, figuresNote, shareFigures, windowOf } from './rules.ts';

const items: ChecklistItem[] = [
  { code: '1', text: 'a', provenance: 'verified' },
  { code: '2', text: 'b', provenance: 'sample', computed: 'subunitRecognitionShare', minPercent: 70 },
];

describe('the title rules', () => {
  it('opens the window in the previous year', () => {
    expect(windowOf({ windowFrom: '11-16', windowTo: '11-15' }, 2026)).toEqual({
      from: '2025-11-16',
      to: '2026-11-15',
    });
  });

  it.each([
    [10, 7, 70, 70, true],
    [10, 6, 70, 60, false],
    [3, 2, 70, 66.67, false],
    [0, 0, 70, null, false],
  ])('counts %i sub-units with %i recognised against %i %%', (total, recognised, min, percent, met) => {
    expect(shareFigures(total, recognised, min)).toMatchObject({ percent, met });
  });

  it('asks for every sub-unit when no minimum is configured', () => {
    expect(shareFigures(10, 9, undefined)).toMatchObject({ minPercent: 100, met: false });
  });

  it('takes computed items from the figures, not from the tick', () => {
    const f = shareFigures(10, 5, 70);
    const r = assess(items, { '1': { met: true }, '2': { met: true } }, (i) => (i.computed ? f : null));
    expect(r.granted).toBe(false);
    expect(r.checks['2']).toEqual({ met: false, note: '5/10 = 50% < 70%' });
  });

  it('grants only when every item is met, and reports missing and unknown items', () => {
    const f = shareFigures(10, 8, 70);
    expect(assess(items, { '1': { met: true } }, () => f).granted).toBe(true);
    expect(assess(items, { '1': { met: false } }, () => f).granted).toBe(false);
    const r = assess(items, { x: { met: true } }, () => f);
    expect(r.missing.map((i) => i.code)).toEqual(['1']);
    expect(r.unknown).toEqual(['x']);
    expect(r.granted).toBe(false);
  });

  it('writes the figures with a decimal comma', () => {
    expect(figuresNote(shareFigures(3, 2, 70))).toBe('2/3 = 66,67% < 70%');
  });
});
