import type { Entry } from './entry.ts';

/** Messages of the report feature, Vietnamese first. */
export const reportMessages = {
  'report.notFound': {
    vi: 'Không tìm thấy tố giác, đơn thư này trong phạm vi của bạn.',
    en: 'This tip or petition was not found among your units.',
  },
  'report.triageForbidden': {
    vi: 'Bạn chỉ được xem, không được xử lý tố giác, đơn thư này.',
    en: 'You may read this tip or petition but not handle it.',
  },
  'report.identityForbidden': {
    vi: 'Bạn không có quyền xem danh tính người báo của tin này.',
    en: 'You are not allowed to see who reported this item.',
  },
  'report.stale': {
    vi: 'Tin đã được người khác cập nhật. Hãy tải lại để xem dữ liệu mới nhất rồi thao tác lại.',
    en: 'Someone else updated this item. Reload to see the current data, then try again.',
  },
  'report.closed': {
    vi: 'Tin đã có kết quả giải quyết; không thể thay đổi.',
    en: 'This item already has an outcome; it can no longer be changed.',
  },
  'report.notCommune': {
    vi: 'Đơn vị nhận phải là một xã, phường, đặc khu đang hoạt động.',
    en: 'The receiving unit must be an active commune.',
  },
  'report.sameUnit': {
    vi: 'Tin đang thuộc đơn vị này rồi.',
    en: 'The item is already routed to this unit.',
  },
  'report.kindOfType': {
    vi: 'Loại tin không khớp: tố giác, tin báo tội phạm và đơn thư có các loại khác nhau.',
    en: 'The kind does not match the type: tips and petitions have different kinds.',
  },
  'report.assigneeNotAllowed': {
    vi: 'Người được phân công phải có quyền xử lý tố giác, đơn thư của đơn vị này.',
    en: 'The assignee must be allowed to handle this unit’s tips and petitions.',
  },
  'report.duplicateSelf': {
    vi: 'Không thể đánh dấu một tin trùng với chính nó.',
    en: 'An item cannot be a duplicate of itself.',
  },
  'report.duplicateLoop': {
    vi: 'Tin kia đang được đánh dấu là trùng với tin này; hãy bỏ gộp bên đó trước.',
    en: 'The other item is marked as a duplicate of this one; unlink it first.',
  },
  'report.noExtensionLeft': {
    vi: 'Đã hết số lần gia hạn theo quy định cho loại tin này (đã gia hạn {count} lần).',
    en: 'No extension is left for this kind of item ({count} already granted).',
  },
  'report.valuableRequired': {
    vi: 'Với tin báo, tố giác tội phạm, cần ghi nhận tin có giá trị hay không.',
    en: 'For a crime tip, say whether the tip was valuable.',
  },
  'report.badPeriod': {
    vi: 'Ngày bắt đầu phải trước ngày kết thúc.',
    en: 'The start date must come before the end date.',
  },
} satisfies Record<string, Entry>;
