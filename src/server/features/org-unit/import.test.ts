import { and, count, eq, inArray, like } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { auditLog, orgUnits } from '../../../db/schema/index.ts';
import { as, buildProvince, buildUser, login, loginWithRole, type Session } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';

/**
 * Official codes are unique across the country and the PostgreSQL test
 * database is shared by every file of a run, so this file owns the province
 * codes 93–96 (and their district and commune codes); no other test uses them.
 */
const GSO_HEADER = ['Tỉnh Thành Phố', 'Mã TP', 'Quận Huyện', 'Mã QH', 'Phường Xã', 'Mã PX', 'Cấp'];
const P93 = 'Tỉnh Thử Nhập';
const P94 = 'Thành phố Cảng Thử';
const GOOD_ROWS = [
  [P93, '93', 'Huyện Một', '930', 'Xã An Hòa', '93001', 'Xã'],
  [P93, '93', 'Huyện Một', '930', 'Phường Bình Minh', '93004', 'Phường'],
  [P93, '93', 'Huyện Hai', '931', 'Xã Cát Tường', '93007', 'Xã'],
  [P94, 94, 'Quận Ba', 940, 'Phường Đông Hải', 94001, 'Phường'],
  [P94, '94', 'Quận Ba', '940', 'Phường Tây Hải', '94004', 'Phường'],
];
const CODES_93_94 = ['93', '94', '930', '931', '940', '93001', '93004', '93007', '94001', '94004'];

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh mục');
  for (const r of [GSO_HEADER, ...rows]) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  Buffer.alloc(64, 0xff),
]);
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.from([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]),
  Buffer.from('1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n'),
]);

type Unit = { id: number; name: string; parentId: number | null; typeLabel: string | null; pathNames: string[] };

describeOnEachDb('importing the official list of administrative units', (env) => {
  let admin: Session;
  let adminId: number;
  let officer: Session;
  beforeAll(async () => {
    const { db } = env().database;
    const p = await buildProvince(db);
    const a = await buildUser(db, [{ role: 'admin', unit: p.root }]);
    adminId = a.id;
    admin = await login(env().app, a.username);
    officer = await loginWithRole(env().app, db, 'officer', p.province);
  });

  const upload = (s: Session, name: string, data: Buffer | string, headers?: Record<string, string>) => {
    const form = new FormData();
    form.append('file', new Blob([typeof data === 'string' ? data : new Uint8Array(data)]), name);
    return as(env().app, s).post('/api/units/import', form, headers);
  };
  /** The one unit a search by its code finds, as the tree shows it. */
  const byCode = async (code: string): Promise<Unit> => {
    const res = await as(env().app, admin).get(`/api/units?q=${code}&group=administrative&pageSize=200`);
    const hits = res.json().items.filter((u: { code: string }) => u.code === code);
    expect(hits, `units with code ${code}`).toHaveLength(1);
    return hits[0];
  };
  /** Rows per code among the given ones, straight from the table: duplicates would show as 2. */
  const rowsPerCode = async (codes: string[]) => {
    const rows = await env()
      .database.db.select({ code: orgUnits.code, n: count() })
      .from(orgUnits)
      .where(and(eq(orgUnits.kind, 'administrative'), inArray(orgUnits.code, codes)))
      .groupBy(orgUnits.code);
    return Object.fromEntries(rows.map((r) => [r.code, Number(r.n)]));
  };
  const importsAudited = async () => {
    const [r] = await env()
      .database.db.select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'unit.imported'), eq(auditLog.actorId, adminId)));
    return Number(r!.n);
  };

  it('creates provinces, districts and communes from a GSO XLSX, each under its parent', async () => {
    const res = await upload(admin, 'danh-muc-dvhc.xlsx', await xlsx(GOOD_ROWS));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ rows: 5, created: 10, updated: 0, unchanged: 0 });

    const p93 = await byCode('93');
    expect(p93).toMatchObject({ name: P93, typeLabel: 'Tỉnh', pathNames: ['Toàn quốc'] });
    const p94 = await byCode('94');
    expect(p94).toMatchObject({ name: P94, typeLabel: 'Thành phố' });
    const d930 = await byCode('930');
    expect(d930).toMatchObject({ name: 'Huyện Một', parentId: p93.id });
    const d931 = await byCode('931');
    expect(await byCode('93001')).toMatchObject({ name: 'Xã An Hòa', typeLabel: 'Xã', parentId: d930.id });
    expect(await byCode('93004')).toMatchObject({ name: 'Phường Bình Minh', typeLabel: 'Phường', parentId: d930.id });
    expect(await byCode('93007')).toMatchObject({
      name: 'Xã Cát Tường',
      parentId: d931.id,
      pathNames: ['Toàn quốc', P93, 'Huyện Hai'],
    });
    const d940 = await byCode('940');
    expect(d940.parentId).toBe(p94.id);
    expect(await byCode('94001')).toMatchObject({ name: 'Phường Đông Hải', parentId: d940.id });

    const audit = await as(env().app, admin).get(`/api/audit?action=unit.imported&userId=${adminId}`);
    expect(audit.json().items[0]).toMatchObject({
      targetId: 'danh-muc-dvhc.xlsx',
      after: { rows: 5, created: 10, updated: 0, unchanged: 0 },
    });
  });

  it('leaves everything as it is when the same file is imported again', async () => {
    const res = await upload(admin, 'danh-muc-dvhc.xlsx', await xlsx(GOOD_ROWS));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ rows: 5, created: 0, updated: 0, unchanged: 10 });
    expect(await rowsPerCode(CODES_93_94)).toEqual(Object.fromEntries(CODES_93_94.map((c) => [c, 1])));
  });

  it('renames a commune and moves another to a new district when the list changes', async () => {
    const changed = [
      GOOD_ROWS[0]!,
      [P93, '93', 'Huyện Một', '930', 'Phường Bình Minh Mới', '93004', 'Phường'],
      [P93, '93', 'Huyện Một', '930', 'Xã Cát Tường', '93007', 'Xã'],
      [P93, '93', 'Huyện Hai', '931', '', '', ''],
      GOOD_ROWS[3]!,
      GOOD_ROWS[4]!,
    ];
    const res = await upload(admin, 'danh-muc-moi.xlsx', await xlsx(changed));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ rows: 6, created: 0, updated: 2, unchanged: 8 });

    const d930 = await byCode('930');
    expect(await byCode('93004')).toMatchObject({ name: 'Phường Bình Minh Mới', parentId: d930.id });
    expect(await byCode('93007')).toMatchObject({
      name: 'Xã Cát Tường',
      parentId: d930.id,
      pathNames: ['Toàn quốc', P93, 'Huyện Một'],
    });
    const d931 = await byCode('931');
    const children = await as(env().app, admin).get(`/api/units?parentId=${d931.id}`);
    expect(children.json().total).toBe(0);
    expect(await rowsPerCode(CODES_93_94)).toEqual(Object.fromEntries(CODES_93_94.map((c) => [c, 1])));
  });

  it('refuses a file with bad rows, listing row, column and reason, and writes nothing', async () => {
    const before = { imports: await importsAudited(), units: await rowsPerCode(['95', '950', '95001']) };
    const bad = await xlsx([
      ['Tỉnh Lỗi', '95', 'Huyện Lỗi', '950', 'Xã Tốt', '95001', 'Xã'],
      ['Tỉnh Lỗi', '95', 'Huyện Lỗi', '950', 'Xã Mã Sai', '9500A', 'Xã'],
      ['Tỉnh Lỗi', '95', 'Huyện Lỗi', '950', 'Xã Không Mã', '', 'Xã'],
      ['Tỉnh Lỗi', '95', 'Huyện Lỗi', '950', 'Xã Tên Khác', '95001', 'Xã'],
      [P93, '93', 'Huyện Một', '930', 'Xã An Hòa Đổi Tên', '93001', 'Xã'],
    ]);
    const res = await upload(admin, 'loi.xlsx', bad);
    expect(res.statusCode).toBe(422);
    expect(res.json().title).toBe(
      'Tệp có 3 dòng lỗi; chưa có dữ liệu nào được ghi. Sửa các dòng được liệt kê rồi nhập lại.',
    );
    expect(res.json().rows).toEqual([
      {
        row: 3,
        column: 'Mã PX',
        message: '"9500A" không phải mã hợp lệ: mã phải gồm đúng 5 chữ số và không phải toàn số 0.',
      },
      { row: 4, column: 'Mã PX', message: 'Có tên "Xã Không Mã" nhưng thiếu mã ở cột Mã PX.' },
      {
        row: 5,
        column: 'Phường Xã',
        message: 'Mã 95001 đã mang tên "Xã Tốt" ở dòng 2; dòng này lại ghi "Xã Tên Khác".',
      },
    ]);

    expect(await rowsPerCode(['95', '950', '95001'])).toEqual(before.units);
    expect(before.units).toEqual({});
    expect((await byCode('93001')).name).toBe('Xã An Hòa');
    expect(await importsAudited()).toBe(before.imports);
  });

  it('explains bad rows in English on request', async () => {
    const bad = await xlsx([['Tỉnh Lỗi', '95', 'Huyện Lỗi', '950', 'Xã Không Mã', '', 'Xã']]);
    const res = await upload(admin, 'loi.xlsx', bad, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(422);
    expect(res.json().title).toBe(
      'The file has 1 bad rows; nothing was written. Fix the listed rows and import again.',
    );
    expect(res.json().rows).toEqual([
      { row: 2, column: 'Mã PX', message: '"Xã Không Mã" has no code in column Mã PX.' },
    ]);
  });

  it.each([
    ['an image renamed to .xlsx', 'anh-chup.xlsx', PNG],
    ['a PDF', 'cong-van.pdf', PDF],
  ])('refuses %s, naming the file', async (_, name, data) => {
    const before = await importsAudited();
    const res = await upload(admin, name, data);
    expect(res.statusCode).toBe(422);
    expect(res.json().title).toBe(`Tệp "${name}" không phải bảng tính XLSX hoặc CSV.`);
    const en = await upload(admin, name, data, { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.json().title).toBe(`File "${name}" is not an XLSX or CSV spreadsheet.`);
    expect(await importsAudited()).toBe(before);
  });

  it('keeps a Vietnamese file name intact in the message', async () => {
    const res = await upload(admin, 'Ảnh chụp danh mục.xlsx', PNG);
    expect(res.statusCode).toBe(422);
    expect(res.json().title).toBe('Tệp "Ảnh chụp danh mục.xlsx" không phải bảng tính XLSX hoặc CSV.');
  });

  it('asks for a file when none is sent', async () => {
    const form = new FormData();
    form.append('note', 'không có tệp');
    const noFile = await as(env().app, admin).post('/api/units/import', form);
    expect(noFile.statusCode).toBe(422);
    expect(noFile.json().title).toBe('Chưa chọn tệp để nhập.');
    const noBody = await as(env().app, admin).post('/api/units/import');
    expect(noBody.statusCode).toBe(422);
    expect(noBody.json().title).toBe('Chưa chọn tệp để nhập.');
    const en = await as(env().app, admin).post('/api/units/import', form, { 'accept-language': 'en' });
    expect(en.json().title).toBe('No file was uploaded.');
  });

  it('lets only administrators import', async () => {
    const res = await upload(officer, 'danh-muc-dvhc.xlsx', await xlsx(GOOD_ROWS));
    expect(res.statusCode).toBe(403);
    expect(res.json().title).toBe('Bạn không có quyền thực hiện thao tác này.');
  });

  it('imports a two-level CSV (since 1/7/2025): communes directly under the province', async () => {
    const csv = [
      '\uFEFFTỉnh Thành Phố,Mã TP,Phường Xã,Mã PX,Cấp',
      'Tỉnh Hai Cấp,96,Phường Trung Tâm,96001,Phường',
      'Tỉnh Hai Cấp,96,"Xã Sông, Núi",96004,Xã',
      'Tỉnh Hai Cấp,96,Đặc khu Đảo Xa,96007,Đặc khu',
    ].join('\r\n');
    const res = await upload(admin, 'danh-muc-2025.csv', csv);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ rows: 3, created: 4, updated: 0, unchanged: 0 });
    const province = await byCode('96');
    expect(await byCode('96004')).toMatchObject({
      name: 'Xã Sông, Núi',
      typeLabel: 'Xã',
      parentId: province.id,
      pathNames: ['Toàn quốc', 'Tỉnh Hai Cấp'],
    });
    expect(await byCode('96007')).toMatchObject({ typeLabel: 'Đặc khu', parentId: province.id });
    const again = await upload(admin, 'danh-muc-2025.csv', csv);
    expect(again.json()).toEqual({ rows: 3, created: 0, updated: 0, unchanged: 4 });
  });

  it('keeps a province administrator to their own province', async () => {
    // An admin of province 93 lists commune 94001 (province 94) under one of their districts.
    const { db } = env().database;
    const [p93] = await db
      .select()
      .from(orgUnits)
      .where(and(eq(orgUnits.level, 'province'), eq(orgUnits.code, '93')));
    const u = await buildUser(db, [{ role: 'admin', unit: p93! }]);
    const provinceAdmin = await login(env().app, u.username);
    const file = await xlsx([[P93, '93', 'Huyện Một', '930', 'Phường Đông Hải', '94001', 'Phường']]);
    const res = await upload(provinceAdmin, 'chiem-dat.xlsx', file);
    expect(res.statusCode).toBe(403);
    expect(res.json().title).toBe('Đơn vị này nằm ngoài phạm vi được phân quyền của bạn.');
    expect((await byCode('94001')).pathNames).toEqual(['Toàn quốc', P94, 'Quận Ba']);
    const [moved] = await db
      .select({ n: count() })
      .from(orgUnits)
      .where(and(eq(orgUnits.code, '94001'), like(orgUnits.path, `${p93!.path}%`)));
    expect(Number(moved!.n)).toBe(0);
  });
});
