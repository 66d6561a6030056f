import type { Entry } from './entry.ts';

/** Messages of the remediation feature, Vietnamese first. */
export const remediationMessages = {
  'remediation.notRequired': {
    vi: 'Đơn vị "{unit}" không phải lập kế hoạch khắc phục năm {year}: chưa có quyết định xếp loại Trung bình hoặc Yếu.',
    en: 'Unit "{unit}" need not file a remediation plan for {year}: there is no decision classifying it Average or Weak.',
  },
  'remediation.exists': {
    vi: 'Đơn vị đã có kế hoạch khắc phục cho năm này. Kế hoạch hiện có được gửi kèm.',
    en: 'The unit already has a remediation plan for this year. The existing plan is attached.',
  },
  'remediation.stale': {
    vi: 'Kế hoạch đã được người khác thay đổi. Dữ liệu mới nhất được gửi kèm; hãy xem lại rồi lưu lại.',
    en: 'Someone else changed this plan. The current data is attached; review it and save again.',
  },
  'remediation.completed': {
    vi: 'Kế hoạch đã hoàn thành ngày {date}; không thể sửa.',
    en: 'The plan was completed on {date}; it can no longer be changed.',
  },
  'remediation.dueInPast': {
    vi: 'Hạn hoàn thành {date} đã qua.',
    en: 'The due date {date} has already passed.',
  },
  'remediation.actionAfterPlan': {
    vi: 'Biện pháp thứ {n} có hạn {date}, sau hạn hoàn thành kế hoạch ({due}).',
    en: 'Action {n} is due on {date}, after the plan’s due date ({due}).',
  },
  'remediation.actionsRequired': {
    vi: 'Kế hoạch phải có ít nhất một biện pháp khắc phục.',
    en: 'A plan needs at least one action.',
  },
  'remediation.unknownAction': {
    vi: 'Biện pháp {id} không thuộc kế hoạch này.',
    en: 'Action {id} does not belong to this plan.',
  },
  'remediation.openActions': {
    vi: 'Chưa thể hoàn thành kế hoạch: còn {count} biện pháp chưa xong ({actions}).',
    en: 'The plan cannot be completed: {count} actions are not done ({actions}).',
  },
  'remediation.memberNotCandidate': {
    vi: 'Chọn một thành viên đang tham gia Ban Chỉ đạo của đơn vị hoặc cấp trên của đơn vị.',
    en: 'Choose an active member of the steering committee of the unit or of a level above it.',
  },
  'remediation.responsibleRequired': {
    vi: 'Chọn thành viên Ban Chỉ đạo phụ trách, hoặc nhập họ tên người phụ trách.',
    en: 'Choose the responsible committee member, or enter the name of the person responsible.',
  },
} satisfies Record<string, Entry>;
