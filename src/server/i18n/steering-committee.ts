import type { Entry } from './entry.ts';

/** Messages of the steering-committee registry, Vietnamese first. */
export const steeringCommitteeMessages = {
  'steeringCommittee.nameRequired': { vi: 'Nhập tên Ban Chỉ đạo.', en: 'Enter the committee name.' },
  'steeringCommittee.fullNameRequired': { vi: 'Nhập họ và tên thành viên.', en: 'Enter the member’s full name.' },
  'steeringCommittee.unitsRequired': { vi: 'Chọn ít nhất một đơn vị.', en: 'Choose at least one unit.' },
  'steeringCommittee.openExists': {
    vi: 'Đơn vị "{unit}" đã có Ban Chỉ đạo đang hoạt động ("{name}"). Kết thúc Ban Chỉ đạo đó trước khi thành lập Ban mới.',
    en: 'Unit "{unit}" already has an open steering committee ("{name}"). Close it before setting up a new one.',
  },
  'steeringCommittee.unitFixed': {
    vi: 'Ban Chỉ đạo đã phân công thành viên phụ trách đơn vị; không thể chuyển sang đơn vị khác.',
    en: 'The committee has assignments; it cannot move to another unit.',
  },
  'steeringCommittee.headTaken': {
    vi: 'Ban Chỉ đạo đã có Trưởng ban ({name}). Cho Trưởng ban cũ thôi tham gia trước khi thêm Trưởng ban mới.',
    en: 'The committee already has a head ({name}). Record the current head leaving before adding a new one.',
  },
  'steeringCommittee.joinedBeforeEstablished': {
    vi: 'Ngày tham gia trước ngày thành lập Ban Chỉ đạo ({date}).',
    en: 'The joining date is before the committee was established ({date}).',
  },
  'steeringCommittee.leftBeforeJoined': {
    vi: 'Ngày thôi trước ngày tham gia ({date}).',
    en: 'The leaving date is before the joining date ({date}).',
  },
  'steeringCommittee.memberHasLeft': {
    vi: 'Thành viên {name} đã thôi tham gia từ ngày {date}; không thể sửa.',
    en: 'Member {name} left on {date}; the record can no longer change.',
  },
  'steeringCommittee.memberNotActive': {
    vi: 'Chọn một thành viên đang tham gia Ban Chỉ đạo này.',
    en: 'Choose an active member of this committee.',
  },
  'steeringCommittee.assignedBeforeJoined': {
    vi: 'Ngày phân công trước ngày thành viên tham gia Ban ({date}).',
    en: 'The assignment starts before the member joined ({date}).',
  },
  'steeringCommittee.unitOutside': {
    vi: 'Đơn vị "{unit}" không thuộc địa bàn của Ban Chỉ đạo {committee}, hoặc đã giải thể.',
    en: 'Unit "{unit}" is not within the area of the committee of {committee}, or is closed.',
  },
  'steeringCommittee.assignmentEnded': {
    vi: 'Phân công đã kết thúc từ ngày {date}.',
    en: 'The assignment already ended on {date}.',
  },
  'steeringCommittee.endedBeforeAssigned': {
    vi: 'Ngày kết thúc trước ngày phân công ({date}).',
    en: 'The end date is before the assignment started ({date}).',
  },
} satisfies Record<string, Entry>;
