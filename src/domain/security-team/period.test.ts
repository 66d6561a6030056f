import { describe, expect, it } from 'vitest';
import { parsePeriod } from './period.ts';

describe('parsePeriod', () => {
  it.each([
    ['2025', 'year', '2025-01-01', '2025-12-31', '2025'],
    ['2025S1', 'half', '2025-01-01', '2025-06-30', '2025S1'],
    ['2025s2', 'half', '2025-07-01', '2025-12-31', '2025S2'],
    ['2025Q3', 'quarter', '2025-07-01', '2025-09-30', '2025Q3'],
    ['2024M02', 'month', '2024-02-01', '2024-02-29', '2024M02'],
    ['2025M2', 'month', '2025-02-01', '2025-02-28', '2025M02'],
  ])('%s is a %s from %s to %s', (text, kind, start, end, normal) => {
    expect(parsePeriod(text)).toMatchObject({ kind, start, end, text: normal });
  });

  it.each(['', '25', '2025Q5', '2025S3', '2025M13', '2025M0', '2025H1', '1999', '2025-Q1'])('refuses %j', (text) =>
    expect(parsePeriod(text)).toBeNull(),
  );
});
