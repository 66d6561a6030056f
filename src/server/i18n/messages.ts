/**
 * The server's message catalogue, Vietnamese first. Keys are stable and also
 * form the problem `type` (…/problems/<key>). `{name}` placeholders are filled
 * from the error's params.
 */

import { awardMessages } from './award.ts';
import { campaignMessages } from './campaign.ts';
import { coordinationProgramMessages } from './coordination-program.ts';
import { criteriaMessages } from './criteria.ts';
import type { Entry } from './entry.ts';
import { evaluationMessages } from './evaluation.ts';
import { exemplarMessages } from './exemplar.ts';
import { initiativeMessages } from './initiative.ts';
import { mediationMessages } from './mediation.ts';
import { publicReportMessages } from './public-report.ts';
import { registryMessages } from './registry.ts';
import { remediationMessages } from './remediation.ts';
import { reportMessages } from './report.ts';
import { safetyMessages } from './safety.ts';
import { securityTeamMessages } from './security-team.ts';
import { statisticsMessages } from './statistics.ts';
import { statisticsEntryMessages } from './statistics-entry.ts';
import { statisticsReportMessages } from './statistics-report.ts';
import { steeringCommitteeMessages } from './steering-committee.ts';

// Feature catalogues live in their own files (i18n/<feature>.ts) and are merged here.
export const messages = {
  ...criteriaMessages,
  ...evaluationMessages,
  ...safetyMessages,
  ...remediationMessages,
  ...reportMessages,
  ...mediationMessages,
  ...publicReportMessages,
  ...registryMessages,
  ...exemplarMessages,
  ...initiativeMessages,
  ...securityTeamMessages,
  ...campaignMessages,
  ...statisticsMessages,
  ...statisticsEntryMessages,
  ...statisticsReportMessages,
  ...coordinationProgramMessages,
  ...steeringCommitteeMessages,
  ...awardMessages,
  notFound: { vi: 'Không tìm thấy dữ liệu yêu cầu.', en: 'The requested data was not found.' },
  routeNotFound: {
    vi: 'Không có chức năng {method} {url}.',
    en: 'There is no endpoint {method} {url}.',
  },
  forbidden: {
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  unitForbidden: {
    vi: 'Đơn vị này nằm ngoài phạm vi được phân quyền của bạn.',
    en: 'This unit is outside the units you are assigned to.',
  },
  unauthorized: {
    vi: 'Bạn cần đăng nhập để tiếp tục.',
    en: 'Please log in to continue.',
  },
  csrf: {
    vi: 'Phiên làm việc không hợp lệ (thiếu mã chống giả mạo). Hãy tải lại trang.',
    en: 'Invalid session (missing anti-forgery token). Reload the page.',
  },
  validation: {
    vi: 'Dữ liệu gửi lên không hợp lệ.',
    en: 'The submitted data is not valid.',
  },
  malformedJson: {
    vi: 'Nội dung gửi lên không phải JSON hợp lệ.',
    en: 'The request body is not valid JSON.',
  },
  bodyTooLarge: {
    vi: 'Dữ liệu gửi lên quá lớn (tối đa {limit}).',
    en: 'The request body is too large (at most {limit}).',
  },
  unsupportedMediaType: {
    vi: 'Kiểu nội dung {type} không được hỗ trợ.',
    en: 'Content type {type} is not supported.',
  },
  tooManyRequests: {
    vi: 'Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau {seconds} giây.',
    en: 'Too many requests. Try again in {seconds} seconds.',
  },
  internal: {
    vi: 'Hệ thống gặp lỗi không mong muốn. Vui lòng thử lại; nếu vẫn lỗi, báo quản trị viên (mã {id}).',
    en: 'Unexpected error. Try again; if it persists, tell the administrator (id {id}).',
  },
  'auth.badCredentials': {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong username or password.',
  },
  'auth.locked': {
    vi: 'Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Thử lại sau {minutes} phút.',
    en: 'Account locked after repeated failed logins. Try again in {minutes} minutes.',
  },
  'auth.wrongCurrentPassword': {
    vi: 'Mật khẩu hiện tại không đúng.',
    en: 'The current password is wrong.',
  },
  'auth.passwordTooShort': {
    vi: 'Mật khẩu mới phải có ít nhất 10 ký tự.',
    en: 'The new password must have at least 10 characters.',
  },
  'auth.passwordWeak': {
    vi: 'Mật khẩu mới phải có cả chữ và số.',
    en: 'The new password must contain letters and digits.',
  },
  'auth.samePassword': {
    vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    en: 'The new password must differ from the current one.',
  },
  'unit.codeFormat': {
    vi: 'Mã đơn vị chỉ gồm chữ số, chữ cái không dấu, dấu chấm, gạch (tối đa 20 ký tự).',
    en: 'A unit code has only digits, plain letters, dots and dashes (at most 20).',
  },
  'unit.childrenUnassigned': {
    vi: 'Còn {count} đơn vị trực thuộc chưa được giao cho đơn vị mới nào sau chia tách.',
    en: '{count} sub-units are not assigned to any new unit of the split.',
  },
  'unit.notChild': {
    vi: 'Đơn vị {id} không trực thuộc đơn vị bị chia tách.',
    en: 'Unit {id} is not a sub-unit of the unit being split.',
  },
  'unit.codeLength': {
    vi: 'Mã cấp {level} phải có {digits} chữ số.',
    en: 'A {level} code must have {digits} digits.',
  },
  'unit.codeTaken': {
    vi: 'Mã {code} đã được dùng cho đơn vị "{name}". Mã đơn vị không được dùng lại.',
    en: 'Code {code} already belongs to "{name}". Unit codes are never reused.',
  },
  'unit.levelRequired': {
    vi: 'Đơn vị hành chính phải có cấp.',
    en: 'An administrative unit needs a level.',
  },
  'unit.badParentLevel': {
    vi: 'Không thể đặt {child} dưới {parent}.',
    en: 'A {child} cannot be placed under a {parent}.',
  },
  'unit.closed': {
    vi: 'Đơn vị "{name}" đã giải thể/sáp nhập; không thể thay đổi.',
    en: 'Unit "{name}" is closed; it cannot be changed.',
  },
  'unit.stale': {
    vi: 'Đơn vị đã được người khác thay đổi. Dữ liệu mới nhất được gửi kèm; hãy xem lại rồi thực hiện lại.',
    en: 'Someone else changed this unit. The current data is attached; review it and try again.',
  },
  'unit.moveIntoSelf': {
    vi: 'Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.',
    en: 'A unit cannot be moved under itself or one of its descendants.',
  },
  'unit.hasActiveChildren': {
    vi: 'Đơn vị còn {count} đơn vị trực thuộc đang hoạt động; hãy chuyển, sáp nhập hoặc giải thể chúng trước.',
    en: 'The unit still has {count} active sub-units; move, merge or close them first.',
  },
  'unit.mergeSelf': {
    vi: 'Đơn vị tiếp nhận không được nằm trong danh sách đơn vị bị sáp nhập.',
    en: 'The receiving unit cannot be among the merged units.',
  },
  'unit.mergeLevels': {
    vi: 'Chỉ sáp nhập các đơn vị cùng cấp.',
    en: 'Only units of the same level can be merged.',
  },
  'unit.shareSum': {
    vi: 'Tổng tỷ lệ chia tách phải bằng 100% (hiện là {sum}%).',
    en: 'Split shares must add up to 100% (now {sum}%).',
  },
  'unit.dateBeforeStart': {
    vi: 'Ngày hiệu lực {date} trước ngày thành lập đơn vị {start}.',
    en: 'Effective date {date} is before the unit started on {start}.',
  },
  'unit.rootImmutable': {
    vi: 'Không thể thay đổi đơn vị gốc toàn quốc.',
    en: 'The national root unit cannot be changed.',
  },
  'import.notSpreadsheet': {
    vi: 'Tệp "{file}" không phải bảng tính XLSX hoặc CSV.',
    en: 'File "{file}" is not an XLSX or CSV spreadsheet.',
  },
  'import.noFile': {
    vi: 'Chưa chọn tệp để nhập.',
    en: 'No file was uploaded.',
  },
  'import.badRows': {
    vi: 'Tệp có {count} dòng lỗi; chưa có dữ liệu nào được ghi. Sửa các dòng được liệt kê rồi nhập lại.',
    en: 'The file has {count} bad rows; nothing was written. Fix the listed rows and import again.',
  },
  'import.missingColumns': {
    vi: 'Thiếu cột bắt buộc: {columns}.',
    en: 'Required columns missing: {columns}.',
  },
  'import.empty': {
    vi: 'Tệp không có dòng dữ liệu nào.',
    en: 'The file has no data rows.',
  },
  'import.csvSyntax': {
    vi: 'Tệp CSV "{file}" sai định dạng ở dòng {line} (thường do dấu ngoặc kép không đóng).',
    en: 'CSV file "{file}" is malformed at line {line} (usually an unclosed quote).',
  },
  'import.cellRequired': {
    vi: 'Thiếu {column}.',
    en: '{column} is missing.',
  },
  'import.provinceMissing': {
    vi: 'Thiếu {column}: "{name}" phải thuộc một tỉnh/thành phố.',
    en: '{column} is missing: "{name}" must belong to a province.',
  },
  'import.districtMissing': {
    vi: 'Thiếu {column}: "{name}" phải thuộc một quận/huyện (tệp có cột quận/huyện).',
    en: '{column} is missing: "{name}" must belong to a district (the file has district columns).',
  },
  'import.codeFormat': {
    vi: '"{value}" không phải mã hợp lệ: mã phải gồm đúng {digits} chữ số và không phải toàn số 0.',
    en: '"{value}" is not a valid code: a code has exactly {digits} digits, not all zeros.',
  },
  'import.nameWithoutCode': {
    vi: 'Có tên "{name}" nhưng thiếu mã ở cột {column}.',
    en: '"{name}" has no code in column {column}.',
  },
  'import.codeWithoutName': {
    vi: 'Có mã {code} nhưng thiếu tên ở cột {column}.',
    en: 'Code {code} has no name in column {column}.',
  },
  'import.nameConflict': {
    vi: 'Mã {code} đã mang tên "{other}" ở dòng {row}; dòng này lại ghi "{name}".',
    en: 'Code {code} is named "{other}" on row {row}; this row says "{name}".',
  },
  'import.parentConflict': {
    vi: 'Mã {code} đã thuộc {other} ở dòng {row}; dòng này lại ghi thuộc {parent}.',
    en: 'Code {code} is under {other} on row {row}; this row puts it under {parent}.',
  },
  'import.typeConflict': {
    vi: 'Mã {code} có cấp "{other}" ở dòng {row}; dòng này lại ghi "{type}".',
    en: 'Code {code} has type "{other}" on row {row}; this row says "{type}".',
  },
  'user.usernameFormat': {
    vi: 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch.',
    en: 'A username has only plain letters, digits, dots and dashes.',
  },
  'user.lastGrant': {
    vi: 'Không thể xóa quyền cuối cùng của bạn trên toàn hệ thống.',
    en: 'You cannot remove your own last administrator grant.',
  },
  'user.usernameTaken': {
    vi: 'Tên đăng nhập "{username}" đã tồn tại.',
    en: 'Username "{username}" is taken.',
  },
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof messages;
export type Lang = 'vi' | 'en';

export function translate(key: string, lang: Lang, params: Record<string, unknown> = {}): string {
  const entry = (messages as Record<string, Entry>)[key];
  const text = entry ? entry[lang] : key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? `{${name}}`));
}

/** Vietnamese unless the client asks for English first. */
export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'vi';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
