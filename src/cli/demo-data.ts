/**
 * The demo province, written as data so that it is deterministic: Hà Tĩnh in
 * its two-tier shape since 1/7/2025, with a few of its real ward and commune
 * names. Codes below 42 (the province) are illustrative, not the official
 * Decision 19/2025 codes.
 */
export const demoProvince = { code: '42', name: 'Tỉnh Hà Tĩnh', typeLabel: 'Tỉnh' };

export const demoCommunes: { code: string; name: string; typeLabel: string }[] = [
  ['18070', 'Phường Thành Sen', 'Phường'],
  ['18073', 'Phường Trần Phú', 'Phường'],
  ['18076', 'Phường Hà Huy Tập', 'Phường'],
  ['18100', 'Phường Bắc Hồng Lĩnh', 'Phường'],
  ['18103', 'Phường Nam Hồng Lĩnh', 'Phường'],
  ['18130', 'Xã Hương Sơn', 'Xã'],
  ['18160', 'Xã Đức Thọ', 'Xã'],
  ['18190', 'Xã Vũ Quang', 'Xã'],
  ['18220', 'Xã Nghi Xuân', 'Xã'],
  ['18223', 'Xã Tiên Điền', 'Xã'],
  ['18250', 'Xã Can Lộc', 'Xã'],
  ['18253', 'Xã Đồng Lộc', 'Xã'],
  ['18280', 'Xã Hương Khê', 'Xã'],
  ['18310', 'Xã Thạch Hà', 'Xã'],
  ['18340', 'Xã Cẩm Xuyên', 'Xã'],
  ['18343', 'Xã Thiên Cầm', 'Xã'],
  ['18370', 'Xã Kỳ Anh', 'Xã'],
  ['18400', 'Phường Sông Trí', 'Phường'],
  ['18403', 'Phường Hoành Sơn', 'Phường'],
  ['18406', 'Phường Vũng Áng', 'Phường'],
  ['18430', 'Xã Lộc Hà', 'Xã'],
].map(([code, name, typeLabel]) => ({ code: code!, name: name!, typeLabel: typeLabel! }));

/** A neighbouring province, so that permissions across provinces can be shown. */
export const demoNeighbour = {
  province: { code: '40', name: 'Tỉnh Nghệ An', typeLabel: 'Tỉnh' },
  communes: [
    { code: '16681', name: 'Phường Vinh Phú', typeLabel: 'Phường' },
    { code: '16684', name: 'Phường Trường Vinh', typeLabel: 'Phường' },
    { code: '16690', name: 'Xã Nghi Lộc', typeLabel: 'Xã' },
  ],
};

/** History for the lineage demo: two pre-reform communes merged into Xã Thạch Hà on 1/7/2025. */
export const demoHistory = {
  district: { code: '443', name: 'Huyện Thạch Hà', typeLabel: 'Huyện' },
  merged: [
    { code: '18313', name: 'Xã Thạch Long', typeLabel: 'Xã' },
    { code: '18316', name: 'Xã Thạch Sơn', typeLabel: 'Xã' },
  ],
  reformDate: '2025-07-01',
};

const areaKinds = ['Thôn', 'Tổ dân phố'] as const;
const areaNames = ['Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Hòa Bình', 'Tân Tiến', 'Quyết Thắng'];

/** Residential areas of a commune: tổ dân phố in wards, thôn in communes; 4–8 each. */
export function demoAreas(commune: { name: string; typeLabel: string }, index: number) {
  const kind = commune.typeLabel === 'Phường' ? areaKinds[1] : areaKinds[0];
  const n = 4 + (index % 5);
  return Array.from({ length: n }, (_, i) => ({
    name: i < 3 ? `${kind} ${i + 1}` : `${kind} ${areaNames[(i + index) % areaNames.length]}`,
    typeLabel: kind,
  }));
}

/** Institutions of some communes: a school everywhere, agencies and enterprises in a few. */
export function demoInstitutions(commune: { name: string }, index: number) {
  const place = commune.name.replace(/^(Phường|Xã) /, '');
  const out: { kind: 'agency' | 'enterprise' | 'school'; name: string }[] = [
    { kind: 'school', name: `Trường THCS ${place}` },
  ];
  if (index % 3 === 0)
    out.push({
      kind: 'agency',
      name: `Ủy ban nhân dân ${commune.name.toLowerCase().startsWith('phường') ? 'phường' : 'xã'} ${place}`,
    });
  if (index % 4 === 1) out.push({ kind: 'enterprise', name: `Công ty TNHH Thương mại ${place}` });
  return out;
}

export const DEMO_PASSWORD = 'ToanDan@2026';

/** One demo user per role; `unit` names the unit the role is held on. */
export const demoUsers = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', unit: 'root' },
  {
    username: 'canbo.tinh',
    displayName: 'Nguyễn Văn Hùng (Phòng PV05, Công an tỉnh)',
    role: 'officer',
    unit: 'province',
  },
  {
    username: 'canbo.thanhsen',
    displayName: 'Trần Thị Lan (Công an phường Thành Sen)',
    role: 'officer',
    unit: 'Phường Thành Sen',
  },
  { username: 'bcd.tinh', displayName: 'Lê Quang Minh (Ban Chỉ đạo tỉnh)', role: 'committee', unit: 'province' },
  {
    username: 'mattran.thanhsen',
    displayName: 'Phạm Thị Hoa (Ủy ban MTTQ phường Thành Sen)',
    role: 'front',
    unit: 'Phường Thành Sen',
  },
  {
    username: 'daidien.tdp1',
    displayName: 'Hoàng Văn Nam (Tổ trưởng Tổ dân phố 1)',
    role: 'representative',
    unit: 'Phường Thành Sen/Tổ dân phố 1',
  },
  { username: 'xem.tinh', displayName: 'Võ Thị Mai (Văn phòng Công an tỉnh)', role: 'viewer', unit: 'province' },
  {
    username: 'thuly.thanhsen',
    displayName: 'Đặng Văn Tú (Công an phường Thành Sen, thụ lý tố giác)',
    role: 'investigator',
    unit: 'Phường Thành Sen',
  },
] as const;
