import type { Entry } from './entry.ts';

/** Messages shared by every registry of issue #5 (src/server/registry), Vietnamese first. */
export const registryMessages = {
  'registry.stale': {
    vi: 'Bản ghi đã được người khác thay đổi. Dữ liệu mới nhất được gửi kèm; hãy xem lại rồi lưu lại.',
    en: 'Someone else changed this record. The current data is attached; review it and save again.',
  },
  'registry.closed': {
    vi: 'Bản ghi đã dừng từ ngày {date}; mở lại trước khi sửa.',
    en: 'This record was closed on {date}; reopen it before editing.',
  },
  'registry.notClosed': {
    vi: 'Bản ghi đang hoạt động, không cần mở lại.',
    en: 'This record is not closed.',
  },
  'registry.reasonRequired': { vi: 'Nhập lý do dừng.', en: 'Give the reason.' },
  'registry.dateInFuture': {
    vi: 'Ngày {date} chưa đến.',
    en: 'The date {date} is in the future.',
  },
  'registry.periodOrder': {
    vi: 'Ngày bắt đầu của kỳ phải trước ngày kết thúc.',
    en: 'The period must start before it ends.',
  },
  'registry.unitMissing': { vi: 'Không tìm thấy đơn vị đã chọn.', en: 'The chosen unit does not exist.' },
  'registry.unitInactive': {
    vi: 'Đơn vị "{unit}" đã giải thể hoặc sáp nhập; chọn đơn vị đang hoạt động.',
    en: 'Unit "{unit}" is closed or merged; choose an active unit.',
  },
  'registry.unitLevel': {
    vi: '"{unit}" không phải đơn vị phù hợp: chọn {allowed}.',
    en: '"{unit}" is not a suitable unit: choose {allowed}.',
  },
  'registry.endBeforeStart': {
    vi: 'Ngày kết thúc phải sau ngày bắt đầu.',
    en: 'The end date must be after the start date.',
  },
  'registry.exportTooBig': {
    vi: 'Danh sách có hơn {limit} dòng; hãy lọc theo đơn vị hoặc thời gian rồi xuất lại.',
    en: 'The list has more than {limit} rows; filter by unit or period and export again.',
  },
  'registry.idUnknown': {
    vi: 'Không có bản ghi ID {id} trong phạm vi của bạn (để trống ID để thêm mới).',
    en: 'There is no record with ID {id} in your units (leave the ID empty to add a record).',
  },
  'registry.unit.unknown': {
    vi: 'Không tìm thấy đơn vị "{unit}" trong đơn vị đang nhập (ghi tên hoặc mã đơn vị).',
    en: 'No unit "{unit}" under the unit being imported into (write its name or code).',
  },
  'registry.unit.ambiguous': {
    vi: 'Có nhiều đơn vị tên "{unit}"; ghi mã đơn vị để phân biệt.',
    en: 'Several units are named "{unit}"; write the unit code instead.',
  },
  'registry.cell.int': { vi: 'Phải là số nguyên (ví dụ 114.924).', en: 'Must be a whole number (e.g. 114.924).' },
  'registry.cell.number': { vi: 'Phải là số.', en: 'Must be a number.' },
  'registry.cell.date': {
    vi: 'Ngày không hợp lệ; ghi theo dạng dd/MM/yyyy.',
    en: 'Invalid date; write it as dd/MM/yyyy.',
  },
  'registry.cell.enum': {
    vi: 'Giá trị không có trong danh mục; chọn một trong: {options}.',
    en: 'Not in the list; choose one of: {options}.',
  },
  'registry.cell.bool': { vi: 'Ghi "Có" hoặc "Không".', en: 'Write "Yes" or "No".' },
} satisfies Record<string, Entry>;
