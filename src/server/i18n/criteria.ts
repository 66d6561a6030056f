import type { Entry } from './entry.ts';

/** Messages of the criteria feature, Vietnamese first. */
export const criteriaMessages = {
  // zod messages of the set schema (`msg:` keys)
  'criteria.codeFormat': {
    vi: 'Mã tiêu chí chỉ gồm chữ số, chữ cái không dấu và dấu chấm (tối đa 12 ký tự), ví dụ "4" hoặc "4.1".',
    en: 'A criterion code has only digits, plain letters and dots (at most 12), e.g. "4" or "4.1".',
  },
  'criteria.monthDay': {
    vi: 'Ngày phải có dạng tháng-ngày "MM-dd", ví dụ "11-20".',
    en: 'A date must be month-day "MM-dd", e.g. "11-20".',
  },
  'criteria.setCodeFormat': {
    vi: 'Mã bộ tiêu chí gồm 3–60 ký tự: chữ thường không dấu, chữ số, dấu gạch ngang.',
    en: 'A set code has 3–60 characters: lower-case plain letters, digits, dashes.',
  },
  // rules of validateCriteriaSet (src/domain/evaluation/validate.ts)
  'criteria.totalNot100': {
    vi: 'Tổng điểm chuẩn các tiêu chí phải bằng 100 (hiện là {total}).',
    en: 'The criteria must add up to 100 points (now {total}).',
  },
  'criteria.itemsSum': {
    vi: 'Các nội dung của tiêu chí {code} cộng lại được {sum} điểm, khác điểm chuẩn {max} của tiêu chí.',
    en: 'The sub-items of criterion {code} add up to {sum} points, not its {max}.',
  },
  'criteria.ruleMissing': {
    vi: 'Tiêu chí {code} chưa có cách chấm (và không có nội dung con).',
    en: 'Criterion {code} has no scoring rule (and no sub-items).',
  },
  'criteria.duplicateCode': {
    vi: 'Mã {code} bị trùng.',
    en: 'Code {code} is used more than once.',
  },
  'criteria.bandAboveMax': {
    vi: 'Tiêu chí {code}: mức phần trăm cho {points} điểm, vượt điểm chuẩn {max}.',
    en: 'Criterion {code}: a band gives {points} points, above its maximum {max}.',
  },
  'criteria.bandDuplicate': {
    vi: 'Tiêu chí {code}: có hai mức phần trăm cùng ngưỡng.',
    en: 'Criterion {code}: two bands have the same minimum percentage.',
  },
  'criteria.thresholdsOrder': {
    vi: 'Ngưỡng xếp loại phải giảm dần và lớn hơn 0: Xuất sắc ({excellent}) > Khá ({good}) > Trung bình ({average}) > 0, tối đa 100.',
    en: 'Thresholds must decrease and stay above 0: excellent ({excellent}) > good ({good}) > average ({average}) > 0, at most 100.',
  },
  'criteria.gateCapsNothing': {
    vi: 'Điều kiện khống chế {n} giới hạn ở mức cao nhất nên không có tác dụng.',
    en: 'Capping condition {n} caps at the top class, so it does nothing.',
  },
  'criteria.gateUnknownCriterion': {
    vi: 'Điều kiện khống chế {n} dẫn chiếu tiêu chí {code} không có trong bộ.',
    en: 'Capping condition {n} refers to criterion {code}, which the set does not have.',
  },
  'criteria.gateNeedsEvents': {
    vi: 'Điều kiện khống chế {n} ("có vụ việc") cần tiêu chí {code} chấm theo cách trừ điểm mỗi vụ.',
    en: 'Capping condition {n} ("events recorded") needs criterion {code} to be scored by deduction per event.',
  },
} satisfies Record<string, Entry>;
