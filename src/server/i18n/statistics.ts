import type { Entry } from './entry.ts';

/** Messages of the statistics: indicators, figures, dashboards, Vietnamese first. */
export const statisticsMessages = {
  'statistics.badPeriod': {
    vi: 'Kỳ báo cáo không hợp lệ: viết năm (2025), 6 tháng (2025S1), quý (2025Q3) hoặc tháng (2025M03).',
    en: 'Invalid period: write a year (2025), a half (2025S1), a quarter (2025Q3) or a month (2025M03).',
  },
  'statistics.rangeOrder': {
    vi: 'Kỳ "{from}" – "{to}" không hợp lệ: kỳ đầu phải là kỳ báo cáo đúng và không sau kỳ cuối.',
    en: 'Range "{from}" – "{to}" is invalid: both must be periods and the first not after the last.',
  },
  'statistics.unknownIndicator': {
    vi: 'Không có chỉ tiêu "{code}".',
    en: 'There is no indicator "{code}".',
  },
  'statistics.noFeatures': { vi: 'Tệp GeoJSON không có đối tượng nào.', en: 'The GeoJSON file has no features.' },
  'statistics.noBoundaryMatched': {
    vi: 'Không đối tượng nào trong tệp khớp với mã một đơn vị đang hoạt động (properties.code).',
    en: 'No feature of the file matches the code of an active unit (properties.code).',
  },
} satisfies Record<string, Entry>;
