import type { FastifyPluginAsync } from 'fastify';
import type { Services } from '../../app.ts';

/** The initiative registry's routes, registered under /api (the feature picks its paths). */
export const initiativeRoutes =
  (_s: Services): FastifyPluginAsync =>
  async () => {};
