import type { FastifyPluginAsync } from 'fastify';
import type { Services } from '../../../app.ts';

/** Placeholder until built. */
export const statisticsReportRoutes =
  (_s: Services): FastifyPluginAsync =>
  async () => {};
