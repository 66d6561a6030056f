/**
 * Settings of the public channel, read from the environment (README, "Environment").
 * POW_DIFFICULTY: leading zero bits the browser must find (default 16, ~65,000 hashes).
 * PUBLIC_RATE_LIMIT_FACTOR: multiplies every per-IP limit below (benchmarks raise it).
 * BENCH_ROUTES=1: adds the baseline insert route the bench compares against; never in production.
 */
export type PublicReportOptions = {
  powDifficulty: number;
  limits: { submit: number; lookup: number; add: number; challenge: number; units: number };
  benchRoutes: boolean;
};

export function publicReportOptions(env: NodeJS.ProcessEnv = process.env): PublicReportOptions {
  const difficulty = Number(env.POW_DIFFICULTY ?? 16);
  const factor = Math.max(1, Number(env.PUBLIC_RATE_LIMIT_FACTOR || 1));
  return {
    powDifficulty: Number.isInteger(difficulty) && difficulty >= 0 && difficulty <= 32 ? difficulty : 16,
    limits: {
      submit: 5 * factor, // per 10 minutes
      lookup: 10 * factor, // per 10 minutes
      add: 10 * factor, // per 10 minutes
      challenge: 30 * factor, // per minute
      units: 120 * factor, // per minute
    },
    benchRoutes: env.BENCH_ROUTES === '1',
  };
}
