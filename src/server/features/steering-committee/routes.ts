import type { FastifyPluginAsync } from 'fastify';
import type { Services } from '../../app.ts';

/** The steering-committee registry's routes, registered under /api (the feature picks its paths). */
export const steeringCommitteeRoutes =
  (_s: Services): FastifyPluginAsync =>
  async () => {};
