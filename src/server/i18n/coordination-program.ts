import type { Entry } from './entry.ts';

/** Messages of the coordination-program registry, Vietnamese first. */
export const coordinationProgramMessages = {
  'coordinationProgram.numberRequired': { vi: 'Nhập số chương trình.', en: 'Enter the programme number.' },
  'coordinationProgram.titleRequired': { vi: 'Nhập tên chương trình.', en: 'Enter the programme title.' },
  'coordinationProgram.numberTaken': {
    vi: 'Đơn vị đã có chương trình số "{number}".',
    en: 'This unit already has programme number "{number}".',
  },
  'coordinationProgram.partiesMin': {
    vi: 'Chương trình phối hợp cần ít nhất hai bên tham gia.',
    en: 'A coordination programme needs at least two parties.',
  },
  'coordinationProgram.partyRepeated': {
    vi: 'Bên "{party}" được nhập hai lần.',
    en: 'The party "{party}" is listed twice.',
  },
  'coordinationProgram.partyInUse': {
    vi: 'Không thể bỏ "{party}": bên này đang chủ trì hoạt động của chương trình.',
    en: 'Cannot remove "{party}": it is responsible for activities of the programme.',
  },
  'coordinationProgram.periodOrder': {
    vi: 'Năm kết thúc giai đoạn không được trước năm bắt đầu.',
    en: 'The period cannot end before it starts.',
  },
  'coordinationProgram.periodBeforeSigning': {
    vi: 'Giai đoạn thực hiện không thể kết thúc trước năm ký ({year}).',
    en: 'The period cannot end before the signing year ({year}).',
  },
  'coordinationProgram.levelMismatch': {
    vi: 'Cấp chương trình phải trùng cấp của đơn vị "{unit}".',
    en: 'The programme level must be the level of the unit "{unit}".',
  },
  'coordinationProgram.unitLevel': {
    vi: 'Chương trình phối hợp được ký ở cấp Trung ương, tỉnh hoặc xã; "{unit}" không phải đơn vị cấp đó.',
    en: 'Coordination programmes are signed at national, province or commune level; "{unit}" is not such a unit.',
  },
  'coordinationProgram.activityTitleRequired': { vi: 'Nhập nội dung hoạt động.', en: 'Enter the activity.' },
  'coordinationProgram.partyRequired': { vi: 'Chọn bên chủ trì.', en: 'Choose the responsible party.' },
  'coordinationProgram.partyUnknown': {
    vi: '"{party}" không phải một bên của chương trình.',
    en: '"{party}" is not a party to the programme.',
  },
  'coordinationProgram.statusMove': {
    vi: 'Không thể chuyển trạng thái như vậy: hoạt động đã hủy chỉ có thể lên kế hoạch lại, đã hoàn thành chỉ có thể trở lại đang thực hiện.',
    en: 'Not an allowed change: a cancelled activity can only be planned again, a done one only go back to in progress.',
  },
  'coordinationProgram.doneOnRequired': {
    vi: 'Nhập ngày hoàn thành.',
    en: 'Enter the date it was done.',
  },
  'coordinationProgram.doneOnOnlyWhenDone': {
    vi: 'Chỉ nhập ngày hoàn thành khi hoạt động đã hoàn thành.',
    en: 'Only a completed activity has a completion date.',
  },
  'coordinationProgram.summaryRequired': { vi: 'Nhập nội dung, kết quả sơ kết/tổng kết.', en: 'Enter the summary.' },
  'coordinationProgram.secondFinal': {
    vi: 'Chương trình đã có hội nghị tổng kết.',
    en: 'The programme already has a final review.',
  },
  'coordinationProgram.reviewAfterFinal': {
    vi: 'Sơ kết phải diễn ra trước tổng kết.',
    en: 'An interim review must come before the final review.',
  },
  'coordinationProgram.finalBeforeInterim': {
    vi: 'Tổng kết phải diễn ra sau các lần sơ kết.',
    en: 'The final review must come after the interim reviews.',
  },
  'coordinationProgram.reviewBeforeSigning': {
    vi: 'Sơ kết/tổng kết phải sau ngày ký chương trình ({date}).',
    en: 'A review must come after the signing ({date}).',
  },
} satisfies Record<string, Entry>;
