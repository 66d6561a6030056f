import { sql } from 'drizzle-orm';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../app.ts';
import { rateLimitConfig } from '../../rate-limit.ts';

export const healthRoutes =
  (s: Services): FastifyPluginAsync =>
  async (app) => {
    app.withTypeProvider<ZodTypeProvider>().get(
      '/health',
      {
        config: { policy: 'public', rateLimit: rateLimitConfig(120, '1 minute') },
        schema: { tags: ['system'], response: { 200: z.object({ status: z.literal('ok'), database: z.string() }) } },
      },
      async () => {
        await s.db.execute(sql`select 1`);
        return { status: 'ok' as const, database: 'up' };
      },
    );
  };
