import { AppError } from './errors.ts';

/** Route-level rate limit whose refusal is our problem+json, not the plugin's English text. */
export function rateLimitConfig(max: number, timeWindow: string | number) {
  return {
    max,
    timeWindow,
    errorResponseBuilder: (_req: unknown, ctx: { ttl: number }) =>
      new AppError(429, 'tooManyRequests', { seconds: Math.max(1, Math.ceil(ctx.ttl / 1000)) }),
  };
}
