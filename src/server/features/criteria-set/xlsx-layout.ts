/**
 * The criteria-set workbook, shared by the importer, the exporter and the
 * template (whose "Hướng dẫn" sheet documents it for users):
 *
 * - "Thông tin": two columns, Mục | Giá trị; one row per field below (`infoRows`).
 * - "Tiêu chí": one row per criterion or sub-item, columns `criteriaColumns`.
 *   A sub-item is a row whose code is its criterion's code, a dot and more
 *   ("4.1" under "4"); its criterion's points are the sum of its sub-items.
 *   Bands are written "90:10; 70:7; 50:4" (from 90 % → 10 points …).
 * - "Xếp loại" (movement sets): Mức | Nhãn hiển thị | Điểm tối thiểu, one row per
 *   class, then a row "Mức xác minh của ngưỡng".
 * - "Điều kiện khống chế" (movement sets): one row per gate, columns `gateColumns`.
 *
 * Values are Vietnamese labels; the English codes (manual, verified, commune …)
 * are accepted too. Decimal commas ("2,5") are read as points.
 */
import type {
  Classification,
  EvaluatedUnitType,
  Gate,
  Provenance,
  ScoringRule,
} from '../../../common/criteria/schemas.ts';
import { foldText } from '../../../domain/text.ts';

export const SHEETS = {
  guide: 'Hướng dẫn',
  info: 'Thông tin',
  criteria: 'Tiêu chí',
  classification: 'Xếp loại',
  gates: 'Điều kiện khống chế',
} as const;

export type InfoField =
  | 'kind'
  | 'code'
  | 'name'
  | 'legalBasis'
  | 'appliesTo'
  | 'decideBy'
  | 'windowFrom'
  | 'windowTo'
  | 'provenance'
  | 'provenanceNote';

export const infoRows: { field: InfoField; label: string; hint: string }[] = [
  {
    field: 'kind',
    label: 'Loại bộ tiêu chí',
    hint: 'Chấm điểm phong trào (QĐ 510) hoặc Tiêu chuẩn An toàn về ANTT (TT 124)',
  },
  { field: 'code', label: 'Mã bộ tiêu chí', hint: 'chữ thường không dấu, số, gạch ngang; ví dụ ha-tinh-2026-xa' },
  { field: 'name', label: 'Tên bộ tiêu chí', hint: '' },
  { field: 'legalBasis', label: 'Căn cứ pháp lý', hint: 'số, ngày, cơ quan ban hành văn bản' },
  { field: 'appliesTo', label: 'Áp dụng cho', hint: 'các loại đơn vị, cách nhau bởi dấu chấm phẩy (;)' },
  { field: 'decideBy', label: 'Hạn quyết định xếp loại (tháng-ngày)', hint: 'bộ chấm điểm; ví dụ 11-30' },
  {
    field: 'windowFrom',
    label: 'Đánh giá từ ngày (tháng-ngày, năm trước)',
    hint: 'bộ tiêu chuẩn An toàn; ví dụ 11-16',
  },
  { field: 'windowTo', label: 'Đánh giá đến ngày (tháng-ngày)', hint: 'bộ tiêu chuẩn An toàn; ví dụ 11-15' },
  { field: 'provenance', label: 'Mức xác minh', hint: 'Đã xác minh / Xác minh một phần / Mẫu – chưa xác minh' },
  { field: 'provenanceNote', label: 'Ghi chú về nguồn', hint: 'phần nào đã đối chiếu văn bản, phần nào là mẫu' },
];

export type CriteriaColumn =
  | 'code'
  | 'text'
  | 'maxPoints'
  | 'rule'
  | 'pointsPerEvent'
  | 'bands'
  | 'source'
  | 'provenance'
  | 'guidance';

export const criteriaColumns: { key: CriteriaColumn; header: string; width: number; aliases: string[] }[] = [
  { key: 'code', header: 'Mã', width: 8, aliases: ['ma', 'ma tieu chi', 'stt', 'code'] },
  { key: 'text', header: 'Nội dung', width: 60, aliases: ['noi dung', 'tieu chi', 'noi dung tieu chi', 'text'] },
  { key: 'maxPoints', header: 'Điểm chuẩn', width: 11, aliases: ['diem chuan', 'diem toi da', 'points', 'max points'] },
  { key: 'rule', header: 'Cách chấm', width: 20, aliases: ['cach cham', 'rule'] },
  { key: 'pointsPerEvent', header: 'Điểm trừ mỗi vụ', width: 12, aliases: ['diem tru moi vu', 'points per event'] },
  { key: 'bands', header: 'Mức phần trăm', width: 22, aliases: ['muc phan tram', 'bands', 'ty le toi thieu'] },
  { key: 'source', header: 'Nguồn', width: 36, aliases: ['nguon', 'source'] },
  { key: 'provenance', header: 'Mức xác minh', width: 18, aliases: ['muc xac minh', 'provenance'] },
  { key: 'guidance', header: 'Hướng dẫn chấm', width: 36, aliases: ['huong dan cham', 'huong dan', 'guidance'] },
];

export type GateColumn = 'kind' | 'criterion' | 'minPoints' | 'capAt' | 'text' | 'provenance';
export const gateColumns: { key: GateColumn; header: string; width: number; aliases: string[] }[] = [
  { key: 'kind', header: 'Loại điều kiện', width: 30, aliases: ['loai dieu kien', 'kind'] },
  { key: 'criterion', header: 'Tiêu chí', width: 10, aliases: ['tieu chi', 'ma tieu chi', 'criterion'] },
  { key: 'minPoints', header: 'Điểm tối thiểu', width: 12, aliases: ['diem toi thieu', 'min points'] },
  { key: 'capAt', header: 'Xếp loại tối đa', width: 16, aliases: ['xep loai toi da', 'cap at'] },
  { key: 'text', header: 'Diễn giải', width: 60, aliases: ['dien giai', 'text'] },
  { key: 'provenance', header: 'Mức xác minh', width: 18, aliases: ['muc xac minh', 'provenance'] },
];

export const classificationHeaders = ['Mức', 'Nhãn hiển thị', 'Điểm tối thiểu'];
export const thresholdsProvenanceLabel = 'Mức xác minh của ngưỡng';

type Labelled<T extends string> = Record<T, { label: string; aliases: string[] }>;

export const kindLabels: Labelled<'movement' | 'safety'> = {
  movement: { label: 'Chấm điểm phong trào (QĐ 510)', aliases: ['cham diem phong trao', 'phong trao', 'qd 510'] },
  safety: { label: 'Tiêu chuẩn An toàn về ANTT (TT 124)', aliases: ['tieu chuan an toan', 'an toan', 'tt 124'] },
};

export const ruleLabels: Labelled<ScoringRule['type'] | 'items' | 'check' | 'computed'> = {
  manual: { label: 'Chấm trực tiếp', aliases: ['cham truc tiep', 'nhap diem'] },
  deductionPerEvent: { label: 'Trừ điểm mỗi vụ', aliases: ['tru diem moi vu', 'tru diem theo vu', 'tru diem'] },
  percentageBands: { label: 'Theo tỷ lệ %', aliases: ['theo ty le', 'theo ty le %', 'ty le', 'muc phan tram'] },
  items: { label: 'Theo nội dung con', aliases: ['theo noi dung con', 'noi dung con'] },
  check: { label: 'Đạt / Không đạt', aliases: ['dat / khong dat', 'dat/khong dat', 'dat khong dat'] },
  computed: {
    label: 'Tự tính: tỷ lệ đơn vị trực thuộc đạt chuẩn',
    aliases: ['tu tinh', 'he thong tu tinh', 'subunitrecognitionshare'],
  },
};

export const provenanceLabels: Labelled<Provenance> = {
  verified: { label: 'Đã xác minh', aliases: ['da xac minh', 'xac minh'] },
  partial: { label: 'Xác minh một phần', aliases: ['xac minh mot phan', 'mot phan'] },
  sample: { label: 'Mẫu – chưa xác minh', aliases: ['mau', 'mau - chua xac minh', 'chua xac minh'] },
};

export const unitTypeLabels: Labelled<EvaluatedUnitType> = {
  residentialArea: { label: 'Khu dân cư', aliases: ['khu dan cu', 'thon', 'to dan pho'] },
  commune: { label: 'Xã, phường, đặc khu', aliases: ['xa', 'cap xa', 'xa phuong', 'xa, phuong, thi tran'] },
  district: { label: 'Huyện (trước 01/7/2025)', aliases: ['huyen', 'cap huyen'] },
  agency: { label: 'Cơ quan', aliases: ['co quan'] },
  enterprise: { label: 'Doanh nghiệp', aliases: ['doanh nghiep'] },
  school: { label: 'Cơ sở giáo dục', aliases: ['co so giao duc', 'truong hoc', 'nha truong'] },
};

export const classLabels: Labelled<Classification> = {
  excellent: { label: 'Xuất sắc', aliases: ['xuat sac', 'tot'] },
  good: { label: 'Khá', aliases: ['kha'] },
  average: { label: 'Trung bình', aliases: ['trung binh'] },
  weak: { label: 'Yếu', aliases: ['yeu', 'kem'] },
};

export const gateLabels: Labelled<Gate['kind']> = {
  eventsRecorded: { label: 'Có vụ việc ở tiêu chí', aliases: ['co vu viec', 'co vu viec o tieu chi'] },
  safetyRecognitionMissing: {
    label: 'Chưa đạt An toàn về ANTT',
    aliases: ['chua dat an toan', 'chua dat an toan ve antt', 'chua dat tieu chuan an toan'],
  },
  criterionBelow: {
    label: 'Tiêu chí dưới mức điểm',
    aliases: ['tieu chi duoi muc', 'tieu chi duoi muc diem', 'duoi muc'],
  },
};

/** The value a label or code names, or null. */
export function matchLabel<T extends string>(labels: Labelled<T>, text: string): T | null {
  const f = foldText(text).replace(/[–—]/g, '-');
  for (const [value, { label, aliases }] of Object.entries(labels) as [T, { label: string; aliases: string[] }][]) {
    if (f === value.toLowerCase() || f === foldText(label).replace(/[–—]/g, '-') || aliases.includes(f)) return value;
  }
  return null;
}

/** Header text as compared: folded, punctuation dropped. */
export const headerKey = (s: string) =>
  foldText(s)
    .replace(/[^a-z0-9% ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The guide sheet's lines. */
export const guideLines: string[] = [
  'MẪU NHẬP BỘ TIÊU CHÍ (Toàn Dân)',
  '',
  'Tệp gồm các trang: "Thông tin", "Tiêu chí", "Xếp loại", "Điều kiện khống chế". Không đổi tên trang và tên cột.',
  '',
  'Trang "Thông tin": mỗi dòng một mục (cột A), giá trị ở cột B.',
  ...infoRows.map((r) => `  • ${r.label}${r.hint ? `: ${r.hint}` : ''}`),
  `  • Áp dụng cho: ${Object.values(unitTypeLabels)
    .map((u) => u.label)
    .join('; ')}`,
  '',
  'Trang "Tiêu chí": mỗi dòng một tiêu chí hoặc một nội dung con.',
  '  • Mã: "1", "2"…; nội dung con có mã dạng "4.1", "4.2" và nằm dưới tiêu chí "4". Điểm chuẩn của tiêu chí bằng tổng điểm các nội dung con.',
  '  • Điểm chuẩn: bội số của 0,25; tổng điểm chuẩn các tiêu chí phải bằng 100.',
  `  • Cách chấm: "${ruleLabels.manual.label}" (nhập điểm từ 0 đến điểm chuẩn), "${ruleLabels.deductionPerEvent.label}" (điền cột "Điểm trừ mỗi vụ"), "${ruleLabels.percentageBands.label}" (điền cột "Mức phần trăm"); để trống với tiêu chí có nội dung con.`,
  '  • Mức phần trăm: "90:10; 70:7; 50:4" nghĩa là từ 90% được 10 điểm, từ 70% được 7 điểm, từ 50% được 4 điểm, dưới 50% được 0 điểm.',
  `  • Bộ tiêu chuẩn An toàn (TT 124): bỏ trống Điểm chuẩn; Cách chấm "${ruleLabels.check.label}" hoặc "${ruleLabels.computed.label}" (ghi tỷ lệ tối thiểu, ví dụ 70, ở cột "Mức phần trăm").`,
  `  • Mức xác minh: ${Object.values(provenanceLabels)
    .map((p) => `"${p.label}"`)
    .join(', ')}. Phần chưa xác minh được đánh dấu trên giao diện.`,
  '',
  'Trang "Xếp loại": nhãn hiển thị và điểm tối thiểu của từng mức (Xuất sắc > Khá > Trung bình > 0); dưới mức Trung bình là Yếu.',
  '',
  'Trang "Điều kiện khống chế": mỗi dòng một điều kiện giới hạn mức xếp loại dù đủ điểm.',
  `  • "${gateLabels.eventsRecorded.label}": có vụ việc ở tiêu chí (cách chấm trừ điểm mỗi vụ) thì không cao hơn "Xếp loại tối đa".`,
  `  • "${gateLabels.safetyRecognitionMissing.label}": đơn vị chưa được công nhận đạt tiêu chuẩn trong năm.`,
  `  • "${gateLabels.criterionBelow.label}": điểm của tiêu chí thấp hơn "Điểm tối thiểu".`,
  '',
  'Sau khi nhập, bộ tiêu chí ở trạng thái Dự thảo; hệ thống liệt kê các điểm chưa hợp lệ (tổng điểm, ngưỡng…) để sửa trước khi đưa vào sử dụng.',
];
