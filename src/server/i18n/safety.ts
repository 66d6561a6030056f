import type { Entry } from './entry.ts';

/** Messages of the safety feature, Vietnamese first. */
export const safetyMessages = {
  'safety.notEvaluated': {
    vi: 'Đơn vị "{unit}" không thuộc diện xét công nhận "An toàn về an ninh, trật tự".',
    en: 'Unit "{unit}" is not assessed for the "Safe for security and order" title.',
  },
  'safety.noCycle': {
    vi: 'Chưa mở đợt đánh giá năm {year} cho đơn vị "{unit}". Cấp tỉnh cần mở đợt đánh giá năm trước.',
    en: 'No evaluation year {year} has been opened for "{unit}". The province must open the year first.',
  },
  'safety.noChecklist': {
    vi: 'Đợt đánh giá năm {year} chưa có bộ tiêu chí "An toàn về an ninh, trật tự" cho {type}.',
    en: 'The evaluation year {year} has no "Safe for security and order" checklist for {type}.',
  },
  'safety.decideForbidden': {
    vi: 'Bạn không có thẩm quyền quyết định công nhận "An toàn về an ninh, trật tự" cho đơn vị này; cấp có thẩm quyền là {decider}.',
    en: 'You may not decide the "Safe for security and order" title of this unit; the competent level is {decider}.',
  },
  'safety.cycleClosed': {
    vi: 'Đợt đánh giá năm {year} đã kết thúc; không thể ra quyết định công nhận mới.',
    en: 'The evaluation year {year} is closed; no new title decision can be made.',
  },
  'safety.stale': {
    vi: 'Kết quả công nhận đã được người khác thay đổi. Dữ liệu mới nhất được gửi kèm; hãy xem lại rồi thực hiện lại.',
    en: 'Someone else changed this title decision. The current data is attached; review it and try again.',
  },
  'safety.itemMissing': {
    vi: 'Chưa đánh giá tiêu chí {code}: "{text}". Cần đánh giá đủ các tiêu chí trước khi quyết định.',
    en: 'Item {code} ("{text}") has not been assessed. Assess every item before deciding.',
  },
  'safety.unknownItem': {
    vi: 'Tiêu chí {code} không có trong bộ tiêu chí của đơn vị.',
    en: 'Item {code} is not in the unit’s checklist.',
  },
  'safety.decisionInFuture': {
    vi: 'Ngày quyết định {date} sau ngày hôm nay ({today}).',
    en: 'The decision date {date} is after today ({today}).',
  },
  'safety.decisionBeforeWindow': {
    vi: 'Ngày quyết định {date} trước ngày bắt đầu kỳ đánh giá ({from}).',
    en: 'The decision date {date} is before the evaluation window opens ({from}).',
  },
  'safety.notGranted': {
    vi: 'Chỉ thu hồi được danh hiệu đang được công nhận.',
    en: 'Only a granted title can be revoked.',
  },
  'safety.reasonRequired': {
    vi: 'Phải nêu lý do thu hồi.',
    en: 'A reason for the revocation is required.',
  },
} satisfies Record<string, Entry>;
