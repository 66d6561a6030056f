import type { Entry } from './entry.ts';

/** Messages of the mediation feature, Vietnamese first. */
export const mediationMessages = {
  'mediation.notResidentialArea': {
    vi: '"{unit}" không phải khu dân cư đang hoạt động: tổ hòa giải được thành lập ở thôn, tổ dân phố.',
    en: '"{unit}" is not an active residential area: mediation teams are set up in villages and neighbourhoods.',
  },
  'mediation.teamStale': {
    vi: 'Tổ hòa giải đã được người khác thay đổi. Dữ liệu mới nhất được gửi kèm; hãy xem lại rồi lưu lại.',
    en: 'Someone else changed this mediation team. The current data is attached; review it and save again.',
  },
  'mediation.caseStale': {
    vi: 'Vụ việc đã được người khác thay đổi. Dữ liệu mới nhất được gửi kèm; hãy xem lại rồi lưu lại.',
    en: 'Someone else changed this case. The current data is attached; review it and save again.',
  },
  'mediation.teamDissolved': {
    vi: 'Tổ hòa giải đã giải thể ngày {date}; không thể thay đổi.',
    en: 'The mediation team was dissolved on {date}; it can no longer be changed.',
  },
  'mediation.dissolveBeforeEstablished': {
    vi: 'Ngày giải thể không được trước ngày thành lập ({date}).',
    en: 'The dissolution date cannot be before the founding date ({date}).',
  },
  'mediation.leaderTaken': {
    vi: 'Tổ đã có tổ trưởng; mỗi tổ hòa giải chỉ có một tổ trưởng.',
    en: 'The team already has a leader; a mediation team has one leader.',
  },
  'mediation.alreadyLeft': {
    vi: 'Hòa giải viên {name} đã thôi từ ngày {date}.',
    en: 'Mediator {name} already left on {date}.',
  },
  'mediation.leaveBeforeJoin': {
    vi: 'Ngày thôi không được trước ngày tham gia ({date}).',
    en: 'The leaving date cannot be before the joining date ({date}).',
  },
  'mediation.dateInFuture': {
    vi: 'Ngày {date} chưa đến.',
    en: 'The date {date} is in the future.',
  },
  'mediation.startBeforeReceipt': {
    vi: 'Ngày bắt đầu hòa giải ({date}) không được trước ngày tiếp nhận.',
    en: 'The start of mediation ({date}) cannot be before the date received.',
  },
  'mediation.closeBeforeStart': {
    vi: 'Ngày kết thúc ({date}) không được trước ngày tiếp nhận hoặc ngày bắt đầu hòa giải.',
    en: 'The closing date ({date}) cannot be before the date received or the start of mediation.',
  },
  'mediation.outcomeRequired': {
    vi: 'Hãy chọn kết quả hòa giải: thành, không thành hoặc các bên rút yêu cầu.',
    en: 'Choose the outcome: succeeded, failed or withdrawn by the parties.',
  },
  'mediation.startRequired': {
    vi: 'Vụ việc đã hòa giải cần có ngày bắt đầu hòa giải.',
    en: 'A case that was mediated needs the date mediation started.',
  },
  'mediation.mediatorNotInTeam': {
    vi: 'Hòa giải viên này không phải thành viên đang hoạt động của tổ.',
    en: 'This mediator is not an active member of the team.',
  },
  'mediation.partiesCount': {
    vi: 'Vụ việc có từ 1 đến 10 bên, mỗi bên chỉ ghi nhãn và họ tên.',
    en: 'A case has 1 to 10 parties, each with only a label and a name.',
  },
  'mediation.caseClosed': {
    vi: 'Vụ việc đã kết thúc ngày {date}; không thể sửa.',
    en: 'The case was closed on {date}; it can no longer be changed.',
  },
  'mediation.periodOrder': {
    vi: 'Ngày bắt đầu kỳ thống kê phải trước ngày kết thúc.',
    en: 'The period must start before it ends.',
  },
} satisfies Record<string, Entry>;
