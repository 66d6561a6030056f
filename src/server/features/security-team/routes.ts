import type { FastifyPluginAsync } from 'fastify';
import type { Services } from '../../app.ts';

/** The security-team registry's routes, registered under /api (the feature picks its paths). */
export const securityTeamRoutes =
  (_s: Services): FastifyPluginAsync =>
  async () => {};
