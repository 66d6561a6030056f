import { z } from 'zod';
import { campaignKinds } from '../../domain/campaign/rules.ts';
import { IsoDate } from '../page.ts';
import { optionalText, RegistryRecordBase, requiredText } from '../registry/schemas.ts';

export const CampaignKind = z.enum(campaignKinds);
export type CampaignKind = z.infer<typeof CampaignKind>;

const count = z.number().int().min(0).max(100_000_000);

/** A campaign as forms and imports send it; outcome figures default to 0. */
export const CampaignBody = z.object({
  kind: CampaignKind,
  title: requiredText(300, 'msg:campaign.titleRequired'),
  heldOn: IsoDate.describe('first day (ngày tổ chức / phát động)'),
  endOn: IsoDate.nullish()
    .transform((v) => v ?? null)
    .describe('last day of a campaign over several days; not before heldOn'),
  organiser: optionalText(300),
  participants: count.describe('people taking part (lượt người tham gia)'),
  weaponsCollected: count.default(0).describe('weapons handed in (khẩu)'),
  explosivesKg: z.number().min(0).max(1_000_000).default(0).describe('explosives handed in, kg'),
  supportToolsCollected: count.default(0).describe('support tools handed in (công cụ hỗ trợ)'),
  outcomes: optionalText(4000),
});
export type CampaignBody = z.infer<typeof CampaignBody>;

export const CampaignWarning = z.enum(['festivalOutsideWindow', 'collectionWithoutOutcome']);

export const CampaignView = RegistryRecordBase.extend({
  kind: CampaignKind,
  title: z.string(),
  heldOn: IsoDate,
  endOn: IsoDate.nullable(),
  organiser: z.string().nullable(),
  participants: z.number().int(),
  weaponsCollected: z.number().int(),
  explosivesKg: z.number(),
  supportToolsCollected: z.number().int(),
  outcomes: z.string().nullable(),
  warnings: z.array(CampaignWarning).describe('soft checks; they never block saving'),
});
export type CampaignView = z.infer<typeof CampaignView>;

export const CampaignFilters = {
  kind: CampaignKind.optional(),
};
