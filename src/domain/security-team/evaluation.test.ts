import { describe, expect, it } from 'vitest';
import { checkExcellentQuota, evaluable, evaluationWindow, latestStartFor, leaderWithinTeam } from './evaluation.ts';

describe('Guidance 01 evaluation rules', () => {
  it('runs from 15/11 of the year before to 14/11', () => {
    expect(evaluationWindow(2026)).toEqual({ from: '2025-11-15', to: '2026-11-14' });
  });

  it('evaluates only those who started at least 9 months before 14/11', () => {
    expect(latestStartFor(2026)).toBe('2026-02-14');
    expect(evaluable('2026-02-14', 2026)).toBe(true);
    expect(evaluable('2026-02-15', 2026)).toBe(false);
    expect(evaluable('2024-07-01', 2026)).toBe(true);
  });

  it.each([
    ['excellent', 'excellent', true],
    ['good', 'excellent', true],
    ['excellent', 'good', false],
    ['completed', 'notCompleted', false],
    ['notCompleted', 'notCompleted', true],
  ] as const)('leader %s under a team %s: %s', (leader, team, ok) => {
    expect(leaderWithinTeam(leader, team)).toBe(ok);
  });

  it('warns when "excellent" exceeds 20 % of "good" (base configurable)', () => {
    const ten = Array(10).fill('good');
    expect(checkExcellentQuota([...ten, 'excellent', 'excellent'])).toMatchObject({ limit: 2, exceeded: false });
    expect(checkExcellentQuota([...ten, 'excellent', 'excellent', 'excellent'])).toMatchObject({
      excellent: 3,
      exceeded: true,
    });
    expect(
      checkExcellentQuota(['excellent', 'completed', 'completed', 'completed', 'completed'], {
        share: 0.2,
        base: 'all',
      }),
    ).toMatchObject({ base: 5, limit: 1, exceeded: false });
  });
});
