import type { Entry } from './entry.ts';

/** Messages of the commendation registry (khen thưởng), Vietnamese first. */
export const awardMessages = {
  'award.collectiveNameOrUnit': {
    vi: 'Tập thể cần có tên hoặc chọn đơn vị.',
    en: 'A collective needs a name or a unit.',
  },
  'award.individualName': { vi: 'Nhập họ tên cá nhân.', en: "Enter the person's name." },
  'award.individualNoUnit': {
    vi: 'Cá nhân không gắn với một đơn vị tập thể.',
    en: 'An individual is not a collective unit.',
  },
  'award.collectiveOutside': {
    vi: 'Đơn vị tập thể phải thuộc {unit}.',
    en: 'The collective unit must be within {unit}.',
  },
  'award.formCodeRequired': { vi: 'Nhập mã hình thức.', en: 'Enter the form code.' },
  'award.formCodeChars': {
    vi: 'Mã chỉ gồm chữ không dấu, số, dấu gạch.',
    en: 'The code may hold letters, digits and dashes only.',
  },
  'award.formNameRequired': { vi: 'Nhập tên hình thức khen thưởng.', en: 'Enter the name of the form.' },
  'award.issuerRequired': { vi: 'Nhập chức danh người ký.', en: 'Enter the issuer title.' },
  'award.formRequired': { vi: 'Chọn hình thức khen thưởng.', en: 'Choose the form of commendation.' },
  'award.formUnknown': {
    vi: 'Không có hình thức khen thưởng "{code}" đang dùng.',
    en: 'There is no active form of commendation "{code}".',
  },
  'award.formCodeTaken': { vi: 'Mã "{code}" đã được dùng.', en: 'The code "{code}" is taken.' },
  'award.numberRequired': { vi: 'Nhập số quyết định.', en: 'Enter the decision number.' },
  'award.dateRequired': { vi: 'Nhập ngày quyết định.', en: 'Enter the decision date.' },
  'award.numberTaken': {
    vi: 'Đơn vị đã có quyết định số {number}.',
    en: 'The unit already has decision number {number}.',
  },
  'award.titleRequired': { vi: 'Nhập trích yếu đề nghị.', en: 'Enter the title of the proposal.' },
  'award.refusalReasonRequired': {
    vi: 'Nêu lý do không duyệt để đơn vị bổ sung, sửa.',
    en: 'Give the reason for refusing, so the unit can correct it.',
  },
  'award.decideFromAbove': {
    vi: 'Đề nghị khen thưởng do cấp trên của đơn vị đề nghị xét duyệt.',
    en: 'A proposal is decided by the level above the proposing unit.',
  },
  'award.notEditable': {
    vi: 'Đề nghị đã gửi hoặc đã duyệt thì không sửa được.',
    en: 'A submitted or approved proposal cannot be edited.',
  },
  'award.proposalClosed': { vi: 'Đề nghị đã rút.', en: 'The proposal was withdrawn.' },
  'award.noRecipients': {
    vi: 'Thêm ít nhất một tập thể hoặc cá nhân trước khi gửi.',
    en: 'Add at least one collective or individual before submitting.',
  },
  'award.notAllowed.draft': { vi: 'Đề nghị chưa được gửi.', en: 'The proposal has not been submitted.' },
  'award.notAllowed.submitted': {
    vi: 'Đề nghị đã gửi, đang chờ cấp trên xét.',
    en: 'The proposal is submitted and awaits the level above.',
  },
  'award.notAllowed.approved': { vi: 'Đề nghị đã được duyệt.', en: 'The proposal is already approved.' },
  'award.notAllowed.refused': {
    vi: 'Đề nghị đã bị trả lại; đơn vị sửa và gửi lại.',
    en: 'The proposal was refused; the unit corrects and resubmits it.',
  },
  'award.decisionUnfit': {
    vi: 'Chọn một quyết định còn hiệu lực, cùng hình thức, của cấp trên đơn vị đề nghị.',
    en: 'Choose an unrevoked decision of the same form, of a level above the proposing unit.',
  },
  'award.decisionMissing': {
    vi: 'Chọn quyết định có sẵn hoặc nhập số và ngày quyết định mới.',
    en: 'Choose an existing decision or enter the number and date of a new one.',
  },
  'award.decisionRevoked': { vi: 'Quyết định đã bị hủy bỏ.', en: 'The decision was revoked.' },
} satisfies Record<string, Entry>;
