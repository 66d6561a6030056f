import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Services } from '../../app.ts';

export const mediationRoutes =
  (_s: Services): FastifyPluginAsync =>
  async (plain) => {
    plain.withTypeProvider<ZodTypeProvider>();
  };
