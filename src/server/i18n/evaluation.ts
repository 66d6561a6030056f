import type { Entry } from './entry.ts';

/** Messages of the evaluation feature, Vietnamese first. */
export const evaluationMessages = {
  'evaluation.notEvaluated': {
    vi: '"{name}" không thuộc diện đánh giá, phân loại phong trào.',
    en: '"{name}" is not a unit the movement evaluation scores.',
  },
  'evaluation.noCycle': {
    vi: 'Chưa mở đợt đánh giá năm {year} cho "{name}".',
    en: 'No evaluation year {year} is open for "{name}".',
  },
  'evaluation.noTarget': {
    vi: 'Đợt đánh giá năm {year} chưa có bộ tiêu chí cho loại đơn vị này.',
    en: 'The {year} evaluation has no criteria set for this type of unit.',
  },
  'evaluation.stale': {
    vi: 'Bảng chấm điểm vừa được người khác thay đổi. Dữ liệu mới nhất đã được tải lại; kiểm tra rồi thao tác lại.',
    en: 'Someone else changed this score sheet. The latest version is loaded; check it and try again.',
  },
  'evaluation.cycleStale': {
    vi: 'Đợt đánh giá vừa được người khác sửa. Dữ liệu mới nhất đã được tải lại.',
    en: 'Someone else changed this evaluation year. The latest version is loaded.',
  },
  'evaluation.cycleClosed': {
    vi: 'Đợt đánh giá năm {year} đã kết thúc, không thể thay đổi.',
    en: 'The {year} evaluation is closed and cannot be changed.',
  },
  'evaluation.notAllowed': {
    vi: 'Bạn không có quyền thực hiện thao tác này trên bảng chấm điểm của đơn vị.',
    en: "You may not do this on this unit's score sheet.",
  },
  'evaluation.wrongStatus': {
    vi: 'Không thể thực hiện thao tác này khi bảng chấm điểm đang ở trạng thái hiện tại ({status}).',
    en: 'This action is not possible while the score sheet is {status}.',
  },
  'evaluation.unknownCode': {
    vi: 'Bảng chấm điểm không có tiêu chí mã {code}.',
    en: 'The score sheet has no criterion {code}.',
  },
  'evaluation.entriesInvalid': {
    vi: 'Điểm chưa hợp lệ: {first}',
    en: 'Invalid score: {first}',
  },
  'evaluation.valueNegative': {
    vi: 'Tiêu chí {code} ("{text}"): giá trị {value} không hợp lệ, phải từ 0 trở lên.',
    en: 'Criterion {code} ("{text}"): {value} is not valid; it must be 0 or more.',
  },
  'evaluation.pointsAboveMax': {
    vi: 'Tiêu chí {code} ("{text}"): điểm {value} vượt điểm chuẩn {max}.',
    en: 'Criterion {code} ("{text}"): {value} points exceed the maximum of {max}.',
  },
  'evaluation.pointsStep': {
    vi: 'Tiêu chí {code} ("{text}"): điểm chấm theo bước 0,25.',
    en: 'Criterion {code} ("{text}"): points go in steps of 0.25.',
  },
  'evaluation.eventsInteger': {
    vi: 'Tiêu chí {code} ("{text}"): số vụ việc phải là số nguyên.',
    en: 'Criterion {code} ("{text}"): the number of events must be a whole number.',
  },
  'evaluation.percentAbove100': {
    vi: 'Tiêu chí {code} ("{text}"): tỷ lệ {value}% vượt quá 100%.',
    en: 'Criterion {code} ("{text}"): {value}% is above 100%.',
  },
  'evaluation.pastDeadline': {
    vi: 'Đã quá hạn nộp ({date}). Cần cấp trên gia hạn trước khi gửi.',
    en: 'The submission deadline ({date}) has passed. The level above must grant an extension first.',
  },
  'evaluation.incomplete': {
    vi: 'Chưa chấm đủ các tiêu chí: {codes}.',
    en: 'Some criteria have no score yet: {codes}.',
  },
  'evaluation.lineMissing': {
    vi: 'Tiêu chí {code} ("{text}") chưa được chấm.',
    en: 'Criterion {code} ("{text}") has no score.',
  },
  'evaluation.decisionInFuture': {
    vi: 'Ngày quyết định {date} chưa đến.',
    en: 'The decision date {date} is in the future.',
  },
  'evaluation.extensionInPast': {
    vi: 'Ngày gia hạn {date} đã qua.',
    en: 'The extension date {date} has passed.',
  },
  'evaluation.extensionBeforeDeadline': {
    vi: 'Ngày gia hạn phải sau hạn nộp ({date}).',
    en: 'The extension must end after the deadline ({date}).',
  },
  'evaluation.evidenceEmpty': { vi: 'Tệp "{name}" rỗng.', en: 'File "{name}" is empty.' },
  'evaluation.evidenceTooLarge': {
    vi: 'Tệp "{name}" quá lớn (tối đa {limit}).',
    en: 'File "{name}" is too large (at most {limit}).',
  },
  'evaluation.evidenceType': {
    vi: 'Tệp "{name}" không đúng loại cho phép (PDF, ảnh JPG/PNG/GIF/WEBP, DOCX, XLSX, ODT, ODS).',
    en: 'File "{name}" is not an allowed type (PDF, JPG/PNG/GIF/WEBP image, DOCX, XLSX, ODT, ODS).',
  },
  'evaluation.evidenceMissing': { vi: 'Chưa chọn tệp minh chứng.', en: 'No evidence file was sent.' },
  'evaluation.targetsInvalid': {
    vi: 'Thiết lập bộ tiêu chí, thời hạn chưa hợp lệ.',
    en: 'The criteria sets or deadlines are not valid.',
  },
  'evaluation.targetDuplicate': { vi: 'Loại đơn vị bị lặp.', en: 'Unit type repeated.' },
  'evaluation.targetSet': {
    vi: 'Bộ tiêu chí không phù hợp: phải đang sử dụng, đúng loại và áp dụng cho loại đơn vị này.',
    en: 'Unsuitable criteria set: it must be active, of the right kind and apply to this unit type.',
  },
  'evaluation.submitAfterDecide': {
    vi: 'Hạn nộp phải trước hoặc trùng hạn hoàn thành xếp loại.',
    en: 'The submission deadline must not be after the decision deadline.',
  },
  'evaluation.deadlineYear': {
    vi: 'Hạn hoàn thành phải thuộc năm {year} (hoặc đầu năm sau).',
    en: 'The deadline must fall in {year} (or early the next year).',
  },
  'evaluation.cycleUnitLevel': {
    vi: 'Chỉ mở đợt đánh giá cho cấp tỉnh hoặc toàn quốc; "{name}" không phải.',
    en: 'An evaluation year is opened for a province or the whole country; "{name}" is neither.',
  },
  'evaluation.cycleExists': {
    vi: 'Đã có đợt đánh giá năm {year} bao trùm đơn vị này.',
    en: 'An evaluation year {year} already covers this unit.',
  },
  'evaluation.noActiveSets': {
    vi: 'Chưa có bộ tiêu chí nào đang sử dụng để mở đợt đánh giá.',
    en: 'There is no active criteria set to open the year with.',
  },
  'evaluation.setInUse': {
    vi: 'Đã có đơn vị chấm theo bộ tiêu chí hiện tại của loại "{unitType}", không thể đổi bộ tiêu chí.',
    en: 'Units of type "{unitType}" already scored against the current set; it cannot be changed.',
  },
  'evaluation.plansMissing': {
    vi: 'Còn {count} đơn vị xếp loại Trung bình/Yếu năm {year} chưa có kế hoạch khắc phục; chưa thể kết thúc đợt đánh giá.',
    en: '{count} units rated Average or Weak in {year} have no remediation plan yet; the year cannot be closed.',
  },
  'evaluation.reasonRequired': {
    vi: 'Cần ghi lý do điều chỉnh điểm.',
    en: 'Give the reason for the adjustment.',
  },
  'evaluation.messageRequired': {
    vi: 'Cần ghi nội dung yêu cầu đơn vị sửa.',
    en: 'Write what the unit must fix.',
  },
} satisfies Record<string, Entry>;
