import type { Entry } from './entry.ts';

/** Messages of the exemplar registry, Vietnamese first. */
export const exemplarMessages = {
  'exemplar.nameRequired': { vi: 'Nhập tên cá nhân hoặc tập thể.', en: 'Enter the name of the person or collective.' },
  'exemplar.achievementsRequired': { vi: 'Nhập thành tích.', en: 'Enter the achievements.' },
  'exemplar.yearInFuture': { vi: 'Năm {year} chưa đến.', en: 'The year {year} has not come yet.' },
} satisfies Record<string, Entry>;
