import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isLate, onYear, submissionOpen } from './deadlines.ts';

describe('date arithmetic', () => {
  it.each([
    ['2026', '11-20', '2026-11-20'],
    ['2025', '12-15', '2025-12-15'],
  ])('onYear(%s, %s)', (year, md, iso) => expect(onYear(Number(year), md)).toBe(iso));

  it.each([
    ['2026-11-20', '2026-11-30', 10],
    ['2026-11-30', '2026-11-20', -10],
    ['2026-12-31', '2027-01-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-03-28', '2026-03-30', 2],
  ])('daysBetween(%s, %s) = %i', (a, b, n) => expect(daysBetween(a, b)).toBe(n));

  it.each([
    ['2026-11-20', 10, '2026-11-30'],
    ['2026-12-25', 7, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-11-20', -20, '2026-10-31'],
  ])('addDays(%s, %i)', (iso, n, out) => expect(addDays(iso, n)).toBe(out));
});

describe('submissionOpen', () => {
  const base = { submitBy: '2026-11-20', extensionUntil: null, returned: false };
  it.each([
    ['before the deadline', { today: '2026-11-19' }, true],
    ['on the deadline day', { today: '2026-11-20' }, true],
    ['the day after', { today: '2026-11-21' }, false],
    ['after, within an extension', { today: '2026-11-25', extensionUntil: '2026-11-25' }, true],
    ['after the extension ends', { today: '2026-11-26', extensionUntil: '2026-11-25' }, false],
    ['a returned sheet, long after', { today: '2026-12-31', returned: true }, true],
  ] as const)('%s', (_n, over, open) => {
    expect(submissionOpen({ ...base, ...over })).toBe(open);
  });
});

describe('isLate', () => {
  const base = { submitBy: '2026-11-20', extensionUntil: null, submitted: false };
  it.each([
    ['on the deadline day', { today: '2026-11-20' }, false],
    ['the day after', { today: '2026-11-21' }, true],
    ['submitted is never late', { today: '2026-12-31', submitted: true }, false],
    ['within an extension', { today: '2026-11-22', extensionUntil: '2026-11-22' }, false],
    ['after the extension', { today: '2026-11-23', extensionUntil: '2026-11-22' }, true],
    [
      'an extension before the deadline does not shorten it',
      { today: '2026-11-20', extensionUntil: '2026-11-10' },
      false,
    ],
  ] as const)('%s', (_n, over, late) => {
    expect(isLate({ ...base, ...over })).toBe(late);
  });
});
