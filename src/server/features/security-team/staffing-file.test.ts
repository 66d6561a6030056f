import { and, eq, like } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { auditLog, policeStaffing } from '../../../db/schema/index.ts';
import { as, buildProvince, loginWithRole, type Session } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';
import { sheetRows, uploadFile, workbookOf } from '../../test/xlsx.ts';

/** Commune police staffing through spreadsheets: template, all-or-nothing import, export back. */
describeOnEachDb('police staffing files', (env) => {
  let p: Awaited<ReturnType<typeof buildProvince>>;
  let provinceOfficer: Session;
  let officerA: Session;
  const header = ['Xã, phường', 'Kỳ', 'Công an xã chính quy', 'Bán chuyên trách', 'Ghi chú'];
  const figures = async () =>
    (
      await env()
        .database.db.select()
        .from(policeStaffing)
        .where(like(policeStaffing.unitPath, `${p.province.path}%`))
    ).map((r) => [r.unitId, r.period, r.regular, r.semiProfessional]);

  beforeAll(async () => {
    const { db } = env().database;
    p = await buildProvince(db);
    provinceOfficer = await loginWithRole(env().app, db, 'officer', p.province);
    officerA = await loginWithRole(env().app, db, 'officer', p.a.commune);
  });

  it('refuses a file with bad rows by row and column and writes nothing; the fixed file writes every commune', async () => {
    const template = await as(env().app, provinceOfficer).get('/api/staffing/template.xlsx');
    expect((await sheetRows(template.rawPayload))[0]).toEqual([
      'Xã, phường (*)',
      'Kỳ (*)',
      'Công an xã chính quy (*)',
      'Bán chuyên trách (*)',
      'Ghi chú',
    ]);
    const a = p.a.commune.name;
    const b = p.b.commune.name;
    const bad = await workbookOf(header, [
      [a, '2025', 12, 3, ''],
      [b, '2025Q5', 10, 2, ''],
      [p.a.areas[0]!.name, '2025', 4, 1, ''],
      [a, '2025', 13, 3, 'trùng'],
      ['Xã Không Có', '2025', '1.000', 0, ''],
      [b, '2025', 'mười', 2, ''],
    ]);
    const url = `/api/staffing/import?unitId=${p.province.id}`;
    const refused = await uploadFile(env().app, provinceOfficer, url, bad);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().rows.map((r: { row: number; column: string }) => [r.row, r.column])).toEqual([
      [3, 'Kỳ'],
      [4, 'Xã, phường'],
      [5, 'Kỳ'],
      [6, 'Xã, phường'],
      [7, 'Công an xã chính quy'],
    ]);
    expect(await figures()).toEqual([]);

    const good = await workbookOf(header, [
      [a.toLowerCase(), '2025', 12, 3, ''],
      [b, '2025', '1.000', 2, 'số liệu thử'],
      [a, '2026s1', 14, 2, ''],
    ]);
    const done = await uploadFile(env().app, provinceOfficer, url, good);
    expect(done.json(), done.body).toEqual({ rows: 3, created: 3, updated: 0, unchanged: 0 });
    expect((await figures()).sort()).toEqual(
      [
        [p.a.commune.id, '2025', 12, 3],
        [p.a.commune.id, '2026S1', 14, 2],
        [p.b.commune.id, '2025', 1000, 2],
      ].sort(),
    );
    const audited = await env()
      .database.db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'staffing.saved'), like(auditLog.unitPath, `${p.province.path}%`)));
    expect(audited).toHaveLength(3);
  });

  it('exports the figures in the import layout; importing the export changes nothing; other communes are refused', async () => {
    const file = await as(env().app, provinceOfficer).get(`/api/staffing/export.xlsx?unitId=${p.province.id}`);
    const rows = await sheetRows(file.rawPayload);
    expect(rows).toHaveLength(4);
    const again = await uploadFile(
      env().app,
      provinceOfficer,
      `/api/staffing/import?unitId=${p.province.id}`,
      file.rawPayload,
    );
    expect(again.json()).toEqual({ rows: 3, created: 0, updated: 0, unchanged: 3 });
    const outside = await uploadFile(
      env().app,
      officerA,
      `/api/staffing/import?unitId=${p.b.commune.id}`,
      file.rawPayload,
    );
    expect(outside.statusCode).toBe(403);
    const intoA = await uploadFile(
      env().app,
      officerA,
      `/api/staffing/import?unitId=${p.a.commune.id}`,
      file.rawPayload,
    );
    expect(intoA.statusCode).toBe(422);
    expect(intoA.json().rows.map((r: { row: number }) => r.row)).toEqual([expect.any(Number)]);
  });
});
