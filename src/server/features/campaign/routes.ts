import type { FastifyPluginAsync } from 'fastify';
import { CampaignView } from '../../../common/campaign/schemas.ts';
import type { Services } from '../../app.ts';
import { registryRoutes } from '../../registry/routes.ts';
import { campaignRegistry } from './registry.ts';

/** Campaigns: the standard registry routes under /api/campaigns. */
export const campaignRoutes =
  (s: Services): FastifyPluginAsync =>
  async (app) => {
    app.register(
      async (x) =>
        registryRoutes(x, s, campaignRegistry, {
          view: CampaignView,
          names: { vi: 'đợt phát động, ngày hội', file: 'dot-phat-dong' },
        }),
      { prefix: '/campaigns' },
    );
  };
