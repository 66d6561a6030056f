import type { FastifyPluginAsync } from 'fastify';
import type { Services } from '../../app.ts';

/** The award registry's routes, registered under /api (the feature picks its paths). */
export const awardRoutes =
  (_s: Services): FastifyPluginAsync =>
  async () => {};
