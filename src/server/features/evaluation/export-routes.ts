import type { FastifyPluginAsync } from 'fastify';
import type { Services } from '../../app.ts';

/** Downloads of the sheet (DOCX, XLSX) and of a level's summary table (XLSX); wired when the renderers land. */
export const exportRoutes =
  (_s: Services): FastifyPluginAsync =>
  async () => {};
