import type { FastifyPluginAsync } from 'fastify';
import type { Services } from '../../app.ts';

/** The campaign registry's routes, registered under /api (the feature picks its paths). */
export const campaignRoutes =
  (_s: Services): FastifyPluginAsync =>
  async () => {};
