/**
 * Yearly evaluation of teams and members, after Guidance 01/HD-BCA-V05
 * (REGULATIONS §4.4). What the source states is kept as rules; what it words
 * ambiguously (the base of the 20 % quota) is only a warning and configurable.
 */
export const evaluationLevels = ['excellent', 'good', 'completed', 'notCompleted'] as const;
export type EvaluationLevel = (typeof evaluationLevels)[number];

const rank: Record<EvaluationLevel, number> = { excellent: 4, good: 3, completed: 2, notCompleted: 1 };

/** The window of a year's evaluation: 15/11 of the year before to 14/11 of the year. */
export function evaluationWindow(year: number) {
  return { from: `${year - 1}-11-15`, to: `${year}-11-14` };
}

/** Months a team must have worked, or a member served, before the window closes to be evaluated. */
export const MIN_MONTHS = 9;

/** The last date one may have started and still be evaluated for the year (14/11 minus 9 months = 14/02). */
export function latestStartFor(year: number): string {
  const end = evaluationWindow(year).to;
  const d = new Date(`${end}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - MIN_MONTHS);
  return d.toISOString().slice(0, 10);
}

/** Whether a team established, or a member who joined, on `startedOn` is evaluated for `year`. */
export function evaluable(startedOn: string, year: number): boolean {
  return startedOn <= latestStartFor(year);
}

/** A leader's level may not exceed the team's (the "newly transferred" exception is left to a person). */
export function leaderWithinTeam(leader: EvaluationLevel, team: EvaluationLevel): boolean {
  return rank[leader] <= rank[team];
}

/**
 * The "excellent" quota: at most 20 % of those rated "good" in the commune,
 * as reported; the source is ambiguous about the base (those rated good, or
 * all those evaluated), so both share and base are settings, and exceeding it
 * is a warning for the person deciding, never a refusal.
 */
export const excellentQuota = { share: 0.2, base: 'good' as 'good' | 'all' };

export type QuotaCheck = { excellent: number; base: number; limit: number; exceeded: boolean };

export function checkExcellentQuota(levels: EvaluationLevel[], quota = excellentQuota): QuotaCheck {
  const excellent = levels.filter((l) => l === 'excellent').length;
  const base = quota.base === 'good' ? levels.filter((l) => l === 'good').length : levels.length;
  const limit = Math.floor(base * quota.share);
  return { excellent, base, limit, exceeded: excellent > limit };
}
