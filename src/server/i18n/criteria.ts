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
  'criteria.gateAlwaysTrips': {
    vi: 'Điều kiện khống chế {n}: mức tối thiểu {min} điểm vượt điểm chuẩn {max} của tiêu chí {code}, nên đơn vị nào cũng bị khống chế.',
    en: 'Capping condition {n}: the minimum of {min} points is above the {max}-point maximum of criterion {code}, so it caps every unit.',
  },
  'criteria.minPercentMissing': {
    vi: 'Tiêu chí {code} được tính tự động nhưng chưa có tỷ lệ tối thiểu (%).',
    en: 'Item {code} is computed but has no minimum percentage.',
  },
  // use cases
  'criteria.codeTaken': {
    vi: 'Mã bộ tiêu chí "{code}" đã được dùng. Chọn mã khác hoặc tạo phiên bản mới từ bộ đó.',
    en: 'Set code "{code}" is taken. Choose another code or make a new version of that set.',
  },
  'criteria.codeImmutable': {
    vi: 'Không đổi được mã bộ tiêu chí ({code}) sau khi đã tạo.',
    en: 'A set code ({code}) cannot change once the set exists.',
  },
  'criteria.kindImmutable': {
    vi: 'Không đổi được loại bộ tiêu chí sau khi đã tạo.',
    en: 'The kind of a set cannot change once it exists.',
  },
  'criteria.inUse': {
    vi: 'Bộ tiêu chí {code} đang được dùng cho kỳ đánh giá nên không sửa được. Hãy tạo phiên bản mới.',
    en: 'Set {code} is used by an evaluation year, so it cannot be edited. Make a new version.',
  },
  'criteria.notDraft': {
    vi: 'Bộ tiêu chí {code} không còn là dự thảo. Hãy tạo phiên bản mới để sửa.',
    en: 'Set {code} is no longer a draft. Make a new version to change it.',
  },
  'criteria.notActive': {
    vi: 'Bộ tiêu chí {code} không ở trạng thái đang sử dụng.',
    en: 'Set {code} is not active.',
  },
  'criteria.stale': {
    vi: 'Bộ tiêu chí đã được người khác thay đổi. Dữ liệu mới nhất được gửi kèm; hãy xem lại rồi thực hiện lại.',
    en: 'Someone else changed this set. The current data is attached; review it and try again.',
  },
  'criteria.cannotActivate': {
    vi: 'Chưa đưa bộ tiêu chí vào sử dụng được: còn {count} điểm chưa hợp lệ.',
    en: 'The set cannot be activated: {count} problems remain.',
  },
  'criteria.ownerClosed': {
    vi: 'Đơn vị "{name}" đã giải thể hoặc sáp nhập; không tạo bộ tiêu chí cho đơn vị này được.',
    en: 'Unit "{name}" is closed; it cannot own a criteria set.',
  },
  // the XLSX importer
  'criteria.import.notXlsx': {
    vi: 'Tệp không phải bảng tính XLSX. Hãy dùng tệp mẫu tải từ trang Bộ tiêu chí.',
    en: 'The file is not an XLSX workbook. Use the template from the Criteria sets page.',
  },
  'criteria.import.missingSheet': {
    vi: 'Tệp thiếu trang "{sheet}". Hãy dùng tệp mẫu tải từ trang Bộ tiêu chí.',
    en: 'The workbook has no "{sheet}" sheet. Use the template from the Criteria sets page.',
  },
  'criteria.import.noCriteria': {
    vi: 'Trang "Tiêu chí" không có dòng tiêu chí nào.',
    en: 'The "Tiêu chí" sheet has no criteria rows.',
  },
  'criteria.import.required': { vi: 'Bắt buộc nhập.', en: 'Required.' },
  'criteria.import.unknownValue': {
    vi: '"{value}" không hợp lệ; chọn một trong: {allowed}.',
    en: '"{value}" is not valid; use one of: {allowed}.',
  },
  'criteria.import.points': {
    vi: '"{value}" không hợp lệ: điểm phải từ 0 đến 100, là bội số của 0,25.',
    en: '"{value}" is not valid: points are 0 to 100 in steps of 0.25.',
  },
  'criteria.import.perEvent': {
    vi: 'Cách chấm trừ điểm mỗi vụ cần số điểm trừ lớn hơn 0, bội số của 0,25 (đang là "{value}").',
    en: 'Deduction per event needs points above 0 in steps of 0.25 (got "{value}").',
  },
  'criteria.import.bands': {
    vi: 'Mức phần trăm phải có dạng "90:10; 70:7; 50:4" (từ 90% được 10 điểm…), đang là "{value}".',
    en: 'Bands must look like "90:10; 70:7; 50:4" (from 90 % → 10 points …), got "{value}".',
  },
  'criteria.import.ruleForSafety': {
    vi: '"{value}" chỉ dùng cho bộ tiêu chuẩn An toàn về ANTT.',
    en: '"{value}" is only for a safety-standard checklist.',
  },
  'criteria.import.ruleForMovement': {
    vi: '"{value}" chỉ dùng cho bộ chấm điểm phong trào; tiêu chuẩn An toàn chỉ có Đạt/Không đạt hoặc Tự tính.',
    en: '"{value}" is only for a movement score table; a safety item is pass/fail or computed.',
  },
  'criteria.import.minPercent': {
    vi: 'Tỷ lệ tối thiểu phải là số từ 0 đến 100 (đang là "{value}").',
    en: 'The minimum share must be a number from 0 to 100 (got "{value}").',
  },
} satisfies Record<string, Entry>;
