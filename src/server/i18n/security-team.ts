import type { Entry } from './entry.ts';

/** Messages of the security-team registry and the police staffing figures, Vietnamese first. */
export const securityTeamMessages = {
  'securityTeam.nameRequired': { vi: 'Nhập tên tổ.', en: 'Enter the team name.' },
  'securityTeam.fullNameRequired': { vi: 'Nhập họ và tên.', en: 'Enter the full name.' },
  'securityTeam.coverageRequired': {
    vi: 'Chọn thôn, tổ dân phố mà tổ phụ trách.',
    en: 'Choose the residential areas the team covers.',
  },
  'securityTeam.coverageOutside': {
    vi: '"{unit}" không phải thôn, tổ dân phố đang hoạt động của {commune}.',
    en: '"{unit}" is not an active residential area of {commune}.',
  },
  'securityTeam.unitLevel': {
    vi: '"{unit}" không phù hợp: tổ thuộc một xã, phường hoặc một thôn, tổ dân phố.',
    en: '"{unit}" does not fit: a team belongs to a commune or one of its residential areas.',
  },
  'securityTeam.secondLeader': {
    vi: 'Tổ đã có tổ trưởng ({name}); mỗi tổ chỉ có một tổ trưởng.',
    en: 'The team already has a leader ({name}); a team has one leader.',
  },
  'securityTeam.birthYear': { vi: 'Năm sinh {year} chưa đến.', en: 'The birth year {year} is in the future.' },
  'securityTeam.leftBeforeJoined': {
    vi: 'Ngày thôi tham gia phải sau ngày tham gia.',
    en: 'The leaving date must be after the joining date.',
  },
  'securityTeam.alreadyLeft': {
    vi: 'Thành viên đã thôi tham gia từ ngày {date}.',
    en: 'This member left on {date}.',
  },
  'securityTeam.duplicateMember': {
    vi: 'Người này (cùng họ tên, năm sinh, ngày tham gia) đã có trong tổ hoặc trong tệp.',
    en: 'This person (same name, birth year and joining date) is already in the team or the file.',
  },
  'securityTeam.yearInFuture': { vi: 'Năm {year} chưa đến.', en: 'The year {year} has not come yet.' },
  'securityTeam.teamTooNew': {
    vi: 'Tổ hoạt động chưa đủ 9 tháng tính đến 14/11/{year} (thành lập sau {date}) nên không đánh giá năm {year} (Hướng dẫn 01/HD-BCA-V05).',
    en: 'The team has worked less than 9 months by 14/11/{year} (established after {date}), so it is not evaluated for {year} (Guidance 01/HD-BCA-V05).',
  },
  'securityTeam.memberTooNew': {
    vi: '{name} tham gia chưa đủ 9 tháng tính đến 14/11/{year} (tham gia sau {date}) nên không đánh giá năm {year} (Hướng dẫn 01/HD-BCA-V05).',
    en: '{name} has served less than 9 months by 14/11/{year} (joined after {date}), so is not evaluated for {year} (Guidance 01/HD-BCA-V05).',
  },
  'securityTeam.teamFirst': {
    vi: 'Đánh giá tổ trước: mức của tổ trưởng không được cao hơn mức của tổ.',
    en: "Evaluate the team first: the leader's level may not exceed the team's.",
  },
  'securityTeam.leaderAboveTeam': {
    vi: 'Mức đánh giá của tổ trưởng ({name}) không được cao hơn mức của tổ.',
    en: "The leader's level ({name}) may not exceed the team's.",
  },
  'staffing.unitLevel': {
    vi: '"{unit}" không phù hợp: chọn một xã, phường đang hoạt động.',
    en: '"{unit}" does not fit: choose an active commune.',
  },
  'staffing.duplicateRow': {
    vi: '{unit} đã có số liệu kỳ này ở dòng {row} của tệp.',
    en: '{unit} already has figures for this period on row {row} of the file.',
  },
  'staffing.periodFormat': {
    vi: 'Kỳ ghi dạng 2025, 2025S1 (6 tháng), 2025Q3 (quý) hoặc 2025M03 (tháng).',
    en: 'Write the period as 2025, 2025S1 (half), 2025Q3 (quarter) or 2025M03 (month).',
  },
} satisfies Record<string, Entry>;
