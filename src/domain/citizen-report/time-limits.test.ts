import { describe, expect, it } from 'vitest';
import { canExtend, dueOn, dueState } from './time-limits.ts';

describe('legal time limits', () => {
  it('gives a crime tip 20 days, then 2 months in all, then 2 more months', () => {
    expect(dueOn('denunciation', '2026-11-01')).toBe('2026-11-21');
    expect(dueOn('denunciation', '2026-11-01', 1)).toBe('2026-12-31');
    expect(dueOn('denunciation', '2026-11-01', 2)).toBe('2027-03-01');
    expect(dueOn('denunciation', '2026-11-01', 3)).toBeNull();
    expect(canExtend('crimeReport', 1)).toBe(true);
    expect(canExtend('crimeReport', 2)).toBe(false);
  });

  it('gives an accusation 30 days and two extensions of 30', () => {
    expect(dueOn('accusation', '2026-01-01')).toBe('2026-01-31');
    expect(dueOn('accusation', '2026-01-01', 2)).toBe('2026-04-01');
  });

  it('tells overdue from due soon from fine, and nothing once closed', () => {
    expect(dueState('2026-11-20', '2026-11-21', false)).toBe('overdue');
    expect(dueState('2026-11-25', '2026-11-21', false)).toBe('dueSoon');
    expect(dueState('2026-12-25', '2026-11-21', false)).toBe('ok');
    expect(dueState('2026-11-20', '2026-11-21', true)).toBe('none');
  });
});
