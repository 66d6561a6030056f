import type { FastifyPluginAsync } from 'fastify';
import { ExemplarView } from '../../../common/exemplar/schemas.ts';
import type { Services } from '../../app.ts';
import { registryRoutes } from '../../registry/routes.ts';
import { exemplarRegistry } from './registry.ts';

/** Exemplars: the standard registry routes. */
export const exemplarRoutes =
  (s: Services): FastifyPluginAsync =>
  async (app) => {
    registryRoutes(app, s, exemplarRegistry, {
      view: ExemplarView,
      names: { vi: 'điển hình tiên tiến', file: 'dien-hinh-tien-tien' },
    });
  };
