import type { Entry } from './entry.ts';

/** Messages of the summary reports (DOCX, XLSX annex, preview), Vietnamese first. */
export const statisticsReportMessages = {
  'statisticsReport.badNumber': {
    vi: 'Số văn bản chỉ gồm chữ số (ví dụ 15), hoặc để trống để ghi tay.',
    en: 'The document number is digits only (e.g. 15), or empty to write by hand.',
  },
  'statisticsReport.badSymbol': {
    vi: 'Ký hiệu viết hoa, không dấu cách, các nhóm nối bằng "-" (ví dụ BC-CAT).',
    en: 'The symbol is upper case without spaces, groups joined by "-" (e.g. BC-CAT).',
  },
  'statisticsReport.unknownText': {
    vi: 'Báo cáo không có đoạn "{key}": hãy tạo lại báo cáo rồi sửa nội dung.',
    en: 'The report has no paragraph "{key}": generate the report again, then edit it.',
  },
} satisfies Record<string, Entry>;
