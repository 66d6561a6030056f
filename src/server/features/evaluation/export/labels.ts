import type { Classification, EvaluatedUnitType } from '../../../../common/criteria/schemas.ts';
import type { EvaluationStatus } from '../../../../common/evaluation/schemas.ts';

/**
 * Fixed texts of the exported documents, Vietnamese first. These are document
 * wording, not error messages, so they live here rather than in the server's
 * message catalogue. Criteria wording always comes from the set itself.
 */

export type ExportLang = 'vi' | 'en';

type Texts = {
  nationalName: string;
  motto: string;
  sheetTitle: string;
  sheetSummary: (year: number) => string;
  summaryTitle: string;
  summarySubtitle: (unit: string, year: number) => string;
  /** "UBND PHƯỜNG THÀNH SEN": the people's committee above the unit */
  superiorBody: (parentName: string) => string;
  legalBasis: (basis: string) => string;
  setLine: (name: string, version: number) => string;
  unitLine: (name: string, path: string) => string;
  unitTypeLine: (type: string) => string;
  statusLine: (status: string) => string;
  sampleSet: string;
  partialSet: string;
  columns: {
    code: string;
    criterion: string;
    maxPoints: string;
    selfPoints: string;
    reviewPoints: string;
    note: string;
  };
  totalRow: string;
  resultHeading: string;
  selfTotal: string;
  reviewTotal: string;
  classLine: string;
  proposed: string;
  explanation: string;
  decision: (num: string, date: string) => string;
  notDecided: string;
  signAuthority: (body: string) => string;
  signTitle: string;
  signHint: string;
  recipients: string;
  recipientArchive: string;
  /** notes in the last column */
  ruleDeduction: (perEvent: string) => string;
  ruleBands: string;
  selfValue: (v: string) => string;
  reviewValue: (v: string) => string;
  events: (n: string) => string;
  percent: (n: string) => string;
  reviewReason: (r: string) => string;
  selfComment: (c: string) => string;
  /** reasons */
  reasonThreshold: (total: string, label: string, min: string | null) => string;
  reasonEvents: (criterion: string, events: string, label: string) => string;
  reasonSafety: (label: string) => string;
  reasonBelow: (criterion: string, points: string, min: string, label: string) => string;
  /** the summary table */
  summaryColumns: {
    index: string;
    code: string;
    unit: string;
    parent: string;
    unitType: string;
    status: string;
    selfTotal: string;
    total: string;
    classification: string;
    safety: string;
    late: string;
    plan: string;
  };
  yes: string;
  recognised: string;
  notRecognised: string;
  planFiled: string;
  planMissing: string;
  totalsHeading: string;
  totalsColumns: { classification: string; decided: string; share: string; proposed: string; sum: string };
  noResult: string;
  totalUnits: string;
  exportedOn: (date: string) => string;
  sheetName: string;
  summarySheetName: string;
  unitTypes: Record<EvaluatedUnitType, string>;
  statuses: Record<EvaluationStatus, string>;
  months: string[];
  placeDate: (place: string, day: string, month: string, year: string) => string;
};

const vi: Texts = {
  nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  sheetTitle: 'BẢNG CHẤM ĐIỂM',
  sheetSummary: (year) => `Đánh giá, phân loại phong trào toàn dân bảo vệ an ninh Tổ quốc năm ${year}`,
  summaryTitle: 'BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, PHÂN LOẠI',
  summarySubtitle: (unit, year) => `Phong trào toàn dân bảo vệ an ninh Tổ quốc năm ${year} – ${unit}`,
  superiorBody: (p) => `UBND ${p}`,
  legalBasis: (b) => `Căn cứ ${b};`,
  setLine: (name, version) => `Bộ tiêu chí: ${name} (phiên bản ${version}).`,
  unitLine: (name, path) => (path ? `Đơn vị: ${name} (${path})` : `Đơn vị: ${name}`),
  unitTypeLine: (t) => `Loại đơn vị: ${t}`,
  statusLine: (s) => `Trạng thái: ${s}`,
  sampleSet: 'Bộ tiêu chí mẫu, chưa xác minh với văn bản chính thức',
  partialSet: 'Bộ tiêu chí mới xác minh một phần với văn bản chính thức',
  columns: {
    code: 'Mã',
    criterion: 'Tiêu chí',
    maxPoints: 'Điểm chuẩn',
    selfPoints: 'Điểm tự chấm',
    reviewPoints: 'Điểm cấp trên chấm',
    note: 'Ghi chú/Lý do',
  },
  totalRow: 'Tổng cộng',
  resultHeading: 'KẾT QUẢ',
  selfTotal: 'Tổng điểm tự chấm',
  reviewTotal: 'Tổng điểm cấp trên chấm',
  classLine: 'Xếp loại',
  proposed: '(đề xuất)',
  explanation: 'Căn cứ xếp loại',
  decision: (num, date) => `Quyết định số ${num} ngày ${date}.`,
  notDecided: 'Kết quả chưa được cấp có thẩm quyền quyết định.',
  signAuthority: (body) => `TM. ${body}`,
  signTitle: 'NGƯỜI LẬP BIỂU',
  signHint: '(Ký, ghi rõ họ tên)',
  recipients: 'Nơi nhận:',
  recipientArchive: '- Lưu: VT.',
  ruleDeduction: (p) => `Trừ ${p} điểm/vụ việc`,
  ruleBands: 'Tính theo tỷ lệ %',
  selfValue: (v) => `tự nhập ${v}`,
  reviewValue: (v) => `cấp trên ${v}`,
  events: (n) => `${n} vụ việc`,
  percent: (n) => `${n}%`,
  reviewReason: (r) => `Lý do điều chỉnh: ${r}`,
  selfComment: (c) => `Giải trình: ${c}`,
  reasonThreshold: (total, label, min) =>
    min === null
      ? `Tổng điểm ${total} chưa đạt mức tối thiểu của các loại trên: loại ${label}.`
      : `Tổng điểm ${total} đạt mức loại ${label} (từ ${min} điểm).`,
  reasonEvents: (c, n, label) => `Tiêu chí ${c} ghi nhận ${n} vụ việc: xếp loại không cao hơn loại ${label}.`,
  reasonSafety: (label) =>
    `Đơn vị chưa được công nhận đạt tiêu chuẩn "An toàn về an ninh, trật tự": xếp loại không cao hơn loại ${label}.`,
  reasonBelow: (c, p, min, label) =>
    `Tiêu chí ${c} đạt ${p} điểm, dưới mức tối thiểu ${min} điểm: xếp loại không cao hơn loại ${label}.`,
  summaryColumns: {
    index: 'STT',
    code: 'Mã',
    unit: 'Đơn vị',
    parent: 'Thuộc',
    unitType: 'Loại đơn vị',
    status: 'Trạng thái',
    selfTotal: 'Điểm tự chấm',
    total: 'Điểm',
    classification: 'Xếp loại',
    safety: 'Đạt "An toàn về ANTT"',
    late: 'Nộp muộn',
    plan: 'Kế hoạch khắc phục',
  },
  yes: 'Có',
  recognised: 'Đạt',
  notRecognised: 'Chưa đạt',
  planFiled: 'Đã có',
  planMissing: 'Chưa có',
  totalsHeading: 'TỔNG HỢP THEO XẾP LOẠI',
  totalsColumns: {
    classification: 'Xếp loại',
    decided: 'Đã quyết định',
    share: 'Tỷ lệ (trên số đã quyết định)',
    proposed: 'Đề xuất (chưa quyết định)',
    sum: 'Cộng',
  },
  noResult: 'Chưa có kết quả',
  totalUnits: 'Tổng cộng',
  exportedOn: (d) => `Xuất ngày ${d}`,
  sheetName: 'Bảng chấm điểm',
  summarySheetName: 'Tổng hợp',
  unitTypes: {
    residentialArea: 'Khu dân cư',
    commune: 'Cấp xã',
    district: 'Cấp huyện',
    agency: 'Cơ quan',
    enterprise: 'Doanh nghiệp',
    school: 'Cơ sở giáo dục',
  },
  statuses: {
    notStarted: 'Chưa thực hiện',
    draft: 'Đang tự chấm',
    submitted: 'Đã gửi',
    returned: 'Bị trả lại',
    approved: 'Đã duyệt',
    decided: 'Đã quyết định',
  },
  months: [],
  placeDate: (place, d, m, y) => `${place}, ngày ${d} tháng ${m} năm ${y}`,
};

const en: Texts = {
  nationalName: 'SOCIALIST REPUBLIC OF VIETNAM',
  motto: 'Independence - Freedom - Happiness',
  sheetTitle: 'SCORE SHEET',
  sheetSummary: (year) =>
    `Evaluation and classification of the All-People National Security Protection movement, ${year}`,
  summaryTitle: 'SUMMARY OF EVALUATION AND CLASSIFICATION RESULTS',
  summarySubtitle: (unit, year) => `All-People National Security Protection movement, ${year} – ${unit}`,
  superiorBody: (p) => `PEOPLE'S COMMITTEE OF ${p}`,
  legalBasis: (b) => `Pursuant to ${b};`,
  setLine: (name, version) => `Criteria set: ${name} (version ${version}).`,
  unitLine: (name, path) => (path ? `Unit: ${name} (${path})` : `Unit: ${name}`),
  unitTypeLine: (t) => `Unit type: ${t}`,
  statusLine: (s) => `Status: ${s}`,
  sampleSet: 'Sample criteria set, not verified against the official text',
  partialSet: 'Criteria set only partly verified against the official text',
  columns: {
    code: 'Code',
    criterion: 'Criterion',
    maxPoints: 'Max points',
    selfPoints: 'Self score',
    reviewPoints: 'Review score',
    note: 'Notes/Reasons',
  },
  totalRow: 'Total',
  resultHeading: 'RESULT',
  selfTotal: 'Self-assessed total',
  reviewTotal: 'Total after review',
  classLine: 'Classification',
  proposed: '(proposed)',
  explanation: 'Grounds for the classification',
  decision: (num, date) => `Decision No. ${num} of ${date}.`,
  notDecided: 'The result has not yet been decided by the competent level.',
  signAuthority: (body) => `ON BEHALF OF ${body}`,
  signTitle: 'PREPARED BY',
  signHint: '(Signature and full name)',
  recipients: 'Recipients:',
  recipientArchive: '- Archive: VT.',
  ruleDeduction: (p) => `Minus ${p} points per event`,
  ruleBands: 'Scored by percentage',
  selfValue: (v) => `entered ${v}`,
  reviewValue: (v) => `review ${v}`,
  events: (n) => (n === '1' ? '1 event' : `${n} events`),
  percent: (n) => `${n}%`,
  reviewReason: (r) => `Reason for adjustment: ${r}`,
  selfComment: (c) => `Explanation: ${c}`,
  reasonThreshold: (total, label, min) =>
    min === null
      ? `Total ${total} is below the minimum of the higher classes: ${label}.`
      : `Total ${total} reaches ${label} (from ${min} points).`,
  reasonEvents: (c, n, label) =>
    `Criterion ${c} records ${n === '1' ? '1 event' : `${n} events`}: classification capped at ${label}.`,
  reasonSafety: (label) =>
    `The unit does not hold the "Safe for security and order" title: classification capped at ${label}.`,
  reasonBelow: (c, p, min, label) =>
    `Criterion ${c} scored ${p} points, below the minimum of ${min}: classification capped at ${label}.`,
  summaryColumns: {
    index: 'No.',
    code: 'Code',
    unit: 'Unit',
    parent: 'Under',
    unitType: 'Unit type',
    status: 'Status',
    selfTotal: 'Self score',
    total: 'Score',
    classification: 'Classification',
    safety: '"Safe for security and order"',
    late: 'Late',
    plan: 'Remediation plan',
  },
  yes: 'Yes',
  recognised: 'Yes',
  notRecognised: 'No',
  planFiled: 'Filed',
  planMissing: 'Missing',
  totalsHeading: 'TOTALS BY CLASSIFICATION',
  totalsColumns: {
    classification: 'Classification',
    decided: 'Decided',
    share: 'Share (of decided)',
    proposed: 'Proposed (not decided)',
    sum: 'Total',
  },
  noResult: 'No result yet',
  totalUnits: 'Total',
  exportedOn: (d) => `Exported on ${d}`,
  sheetName: 'Score sheet',
  summarySheetName: 'Summary',
  unitTypes: {
    residentialArea: 'Residential area',
    commune: 'Commune',
    district: 'District',
    agency: 'Agency',
    enterprise: 'Enterprise',
    school: 'School',
  },
  statuses: {
    notStarted: 'Not started',
    draft: 'Draft',
    submitted: 'Submitted',
    returned: 'Returned',
    approved: 'Approved',
    decided: 'Decided',
  },
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  placeDate: (place, d, m, y) => `${place}, ${d} ${m} ${y}`,
};

export const exportTexts: Record<ExportLang, Texts> = { vi, en };

export type ClassLabels = Record<Classification, string>;
