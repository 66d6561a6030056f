import type { Entry } from './entry.ts';

/** Messages of the citizens' public channel (tips and petitions), Vietnamese first. */
export const publicReportMessages = {
  'public.dataMissing': {
    vi: 'Thiếu nội dung tố giác/đơn thư (trường "data" phải là JSON hợp lệ).',
    en: 'The report content is missing (the "data" field must be valid JSON).',
  },
  'public.descriptionShort': {
    vi: 'Vui lòng mô tả sự việc rõ hơn (ít nhất 20 ký tự).',
    en: 'Please describe what happened in more detail (at least 20 characters).',
  },
  'public.timeFormat': { vi: 'Giờ phải có dạng HH:mm, ví dụ 21:30.', en: 'Time must look like HH:mm, e.g. 21:30.' },
  'public.communeRequired': {
    vi: 'Vui lòng chọn xã/phường nơi xảy ra sự việc.',
    en: 'Please choose the commune where it happened.',
  },
  'public.unitNotCommune': {
    vi: 'Xã/phường đã chọn không tồn tại hoặc không còn hoạt động. Vui lòng chọn lại.',
    en: 'The chosen commune does not exist or is no longer active. Please choose again.',
  },
  'public.kindMismatch': {
    vi: 'Loại tin không phù hợp với hình thức đã chọn (tố giác tội phạm hoặc đơn thư).',
    en: 'This kind does not belong to the chosen type (crime tip or petition).',
  },
  'public.categoryUnknown': {
    vi: 'Vui lòng chọn lĩnh vực trong danh sách.',
    en: 'Please choose a category from the list.',
  },
  'public.pointIncomplete': {
    vi: 'Vị trí trên bản đồ cần cả vĩ độ và kinh độ.',
    en: 'A map point needs both latitude and longitude.',
  },
  'public.contactRequired': {
    vi: 'Nếu không gửi ẩn danh, vui lòng để lại ít nhất số điện thoại hoặc thư điện tử.',
    en: 'Unless you stay anonymous, leave at least a phone number or an email address.',
  },
  'public.phoneFormat': {
    vi: 'Số điện thoại không hợp lệ (8–15 chữ số).',
    en: 'Invalid phone number (8–15 digits).',
  },
  'public.emailFormat': { vi: 'Địa chỉ thư điện tử không hợp lệ.', en: 'Invalid email address.' },
  'public.dateFuture': {
    vi: 'Ngày xảy ra sự việc không được sau ngày hôm nay.',
    en: 'The date of the event cannot be after today.',
  },
  'public.powInvalid': {
    vi: 'Không xác thực được lượt gửi (chống gửi tự động). Vui lòng bấm Gửi lại.',
    en: 'The anti-bot check failed. Please press Send again.',
  },
  'public.powExpired': {
    vi: 'Mã xác thực chống gửi tự động đã hết hạn (10 phút). Vui lòng bấm Gửi lại.',
    en: 'The anti-bot check expired (10 minutes). Please press Send again.',
  },
  'public.powReplayed': {
    vi: 'Lượt xác thực này đã được dùng. Nếu bạn vừa gửi thành công, không cần gửi lại; nếu chưa, hãy bấm Gửi lại.',
    en: 'This check was already used. If your report went through, do not send it again; otherwise press Send again.',
  },
  'public.fileEmpty': { vi: 'Tệp "{name}" rỗng (0 byte).', en: 'File "{name}" is empty (0 bytes).' },
  'public.fileTooLarge': {
    vi: 'Tệp "{name}" quá lớn (tối đa {limit} mỗi tệp).',
    en: 'File "{name}" is too large (at most {limit} per file).',
  },
  'public.filesTooLarge': {
    vi: 'Tổng dung lượng các tệp vượt quá {limit}.',
    en: 'The files together exceed {limit}.',
  },
  'public.tooManyFiles': { vi: 'Chỉ được gửi tối đa {max} tệp.', en: 'At most {max} files.' },
  'public.fileType': {
    vi: 'Tệp "{name}" không phải ảnh (JPEG, PNG, WebP, GIF) hoặc PDF. Hệ thống kiểm tra nội dung tệp, không chỉ phần đuôi tên.',
    en: 'File "{name}" is not an image (JPEG, PNG, WebP, GIF) or a PDF. The content is checked, not just the name.',
  },
  'public.lookupFailed': {
    vi: 'Mã tiếp nhận hoặc mật mã tra cứu không đúng.',
    en: 'The receipt code or the secret is wrong.',
  },
  'public.messageLong': { vi: 'Nội dung bổ sung tối đa 5.000 ký tự.', en: 'At most 5,000 characters.' },
  'public.addEmpty': {
    vi: 'Vui lòng nhập nội dung bổ sung hoặc đính kèm tệp.',
    en: 'Write something to add or attach a file.',
  },
} satisfies Record<string, Entry>;
