import type { Entry } from './entry.ts';

/** Messages of the periodic statistics entry forms, Vietnamese first. */
export const statisticsEntryMessages = {
  'statistics.entry.notAllowed': {
    vi: 'Bạn không có quyền nhập số liệu định kỳ của đơn vị này.',
    en: "You may not enter this unit's periodic figures.",
  },
  'statistics.entry.approveNotAllowed': {
    vi: 'Chỉ cấp trên của đơn vị mới được duyệt hoặc trả lại số liệu của đơn vị.',
    en: "Only the level above the unit may approve or return the unit's figures.",
  },
  'statistics.entry.stale': {
    vi: 'Số liệu kỳ này vừa được người khác thay đổi. Hãy xem số liệu hiện tại rồi thực hiện lại.',
    en: 'Someone else has just changed these figures. Look at the current figures and try again.',
  },
  'statistics.entry.wrongStatus': {
    vi: 'Không thể thực hiện thao tác này khi số liệu đang ở trạng thái "{status}".',
    en: 'This is not possible while the figures are "{status}".',
  },
  'statistics.entry.invalidValues': {
    vi: 'Có {count} số liệu không hợp lệ, chưa lưu được.',
    en: '{count} figure(s) are invalid; nothing was saved.',
  },
  'statistics.entry.incomplete': {
    vi: 'Còn {count} chỉ tiêu chưa nhập số liệu: nhập đủ (ghi 0 nếu không có) trước khi gửi.',
    en: '{count} indicator(s) have no figure: fill them all (0 when there is none) before submitting.',
  },
  'statistics.entry.noIndicators': {
    vi: 'Không có chỉ tiêu nào nhập theo kỳ "{period}".',
    en: 'No indicator is entered for a period like "{period}".',
  },
  'statistics.entry.notReporting': {
    vi: '{unit} không báo cáo số liệu định kỳ: số liệu được tính trong xã, phường quản lý.',
    en: '{unit} does not report periodic figures: they are counted in its commune.',
  },
  'statistics.entry.reasonRequired': {
    vi: 'Ghi lý do trả lại để đơn vị biết cần sửa gì.',
    en: 'Give the reason, so the unit knows what to correct.',
  },
  'statistics.entry.value.required': { vi: 'Chưa nhập số liệu.', en: 'No figure entered.' },
  'statistics.entry.value.notNumber': { vi: 'Phải là số.', en: 'Must be a number.' },
  'statistics.entry.value.notInteger': {
    vi: 'Phải là số nguyên (ví dụ 114.924).',
    en: 'Must be a whole number (e.g. 114.924).',
  },
  'statistics.entry.value.belowMin': { vi: 'Không được nhỏ hơn {min}.', en: 'May not be less than {min}.' },
  'statistics.entry.value.aboveMax': { vi: 'Không được lớn hơn {max}.', en: 'May not be more than {max}.' },
  'statistics.entry.value.notAbove': {
    vi: 'Không được lớn hơn "{other}" ({limit}).',
    en: 'May not be more than "{other}" ({limit}).',
  },
  'statistics.entry.value.unknownIndicator': {
    vi: 'Không có chỉ tiêu mã "{code}" trong kỳ báo cáo này.',
    en: 'There is no indicator "{code}" in this period.',
  },
  'statistics.entry.duplicateCode': {
    vi: 'Chỉ tiêu này đã có ở dòng {row}.',
    en: 'This indicator is already on row {row}.',
  },
  'statistics.entry.status.notStarted': { vi: 'chưa nhập', en: 'not started' },
  'statistics.entry.status.draft': { vi: 'đang nhập', en: 'draft' },
  'statistics.entry.status.submitted': { vi: 'đã gửi, chờ duyệt', en: 'submitted' },
  'statistics.entry.status.returned': { vi: 'bị trả lại', en: 'returned' },
  'statistics.entry.status.approved': { vi: 'đã duyệt', en: 'approved' },
  'statistics.entry.sheetTitle': {
    vi: 'Số liệu thống kê định kỳ: {unit}, {period}',
    en: 'Periodic statistics: {unit}, {period}',
  },
  'statistics.entry.sheetHint': {
    vi: 'Ghi số liệu vào cột "Giá trị" (số nguyên viết 1.234 hoặc 1234; để trống là chưa có số liệu). Không sửa cột "Mã chỉ tiêu".',
    en: 'Write the figures in the "Value" column (1.234 or 1234; blank means no figure). Do not change the "Indicator code" column.',
  },
} satisfies Record<string, Entry>;
