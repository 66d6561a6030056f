import type { FastifyPluginAsync } from 'fastify';
import type { Services } from '../../app.ts';

/** The coordination-program registry's routes, registered under /api (the feature picks its paths). */
export const coordinationProgramRoutes =
  (_s: Services): FastifyPluginAsync =>
  async () => {};
