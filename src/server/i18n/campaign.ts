import type { Entry } from './entry.ts';

/** Messages of the campaign registry, Vietnamese first. */
export const campaignMessages = {
  'campaign.titleRequired': { vi: 'Nhập tên đợt phát động / hoạt động.', en: 'Enter the title of the campaign.' },
  'campaign.endBeforeStart': {
    vi: 'Ngày kết thúc không được trước ngày tổ chức.',
    en: 'The last day cannot be before the first day.',
  },
} satisfies Record<string, Entry>;
