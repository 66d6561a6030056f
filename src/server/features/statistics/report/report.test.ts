import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import type { ReportPreview } from '../../../../common/statistics/report-schemas.ts';
import type { Db } from '../../../../db/client.ts';
import {
  auditLog,
  awardDecisions,
  awardRecipients,
  campaigns,
  citizenReports,
  indicatorReports,
  indicatorValues,
  mediationCases,
  mediationTeams,
  mediators,
  policeStaffing,
} from '../../../../db/schema/index.ts';
import type { UnitRow } from '../../../features/org-unit/queries.ts';
import { docxText } from '../../../test/docx.ts';
import { as, buildProvince, loginWithRole, type Session } from '../../../test/factories.ts';
import { describeOnEachDb } from '../../../test/harness.ts';

type Province = Awaited<ReturnType<typeof buildProvince>>;

const at = (u: UnitRow) => ({ unitId: u.id, unitPath: u.path });

/** Records of 2024 and 2025 in the test province; the triggers keep the rollups the report reads. */
async function arrange(db: Db, p: Province) {
  const A = p.a.commune;
  const B = p.b.commune;
  const campaign = (u: UnitRow, kind: string, heldOn: string, participants: number) => ({
    ...at(u),
    kind,
    title: `Đợt ${kind} ${heldOn}`,
    heldOn,
    participants,
  });
  await db
    .insert(campaigns)
    .values([
      campaign(A, 'launch', '2025-03-10', 50_000),
      campaign(A, 'launch', '2025-05-10', 40_000),
      campaign(B, 'launch', '2025-06-01', 24_924),
      campaign(B, 'festivalDay', '2025-08-19', 1_200),
      campaign(A, 'launch', '2024-03-10', 500),
    ]);
  const report = (type: 'tip' | 'petition', extra: Partial<typeof citizenReports.$inferInsert> = {}) => ({
    ...at(A),
    receiptCode: randomBytes(6).toString('hex'),
    secretHash: 'x',
    type,
    kind: type === 'tip' ? 'crimeReport' : 'recommendation',
    category: 'other',
    description: 'Nội dung',
    anonymous: true,
    receivedAt: new Date('2025-04-02T03:00:00Z'),
    ...extra,
  });
  await db
    .insert(citizenReports)
    .values([
      report('tip', { valuable: true }),
      report('tip', { valuable: true }),
      report('tip'),
      report('tip'),
      report('petition', { status: 'resolved', resolvedAt: new Date('2025-05-02T03:00:00Z') }),
      report('petition'),
    ]);
  const [team] = await db
    .insert(mediationTeams)
    .values({ ...at(p.a.areas[0]!), name: 'Tổ hòa giải thôn Một', establishedOn: '2020-01-01' })
    .returning();
  await db.insert(mediators).values(
    ['Ông A', 'Bà B', 'Ông C'].map((fullName) => ({
      teamId: team!.id,
      fullName,
      gender: 'male',
      joinedOn: '2020-01-01',
    })),
  );
  await db.insert(mediationCases).values(
    Array.from({ length: 9 }, (_, i) => ({
      ...at(p.a.areas[0]!),
      teamId: team!.id,
      subject: `Tranh chấp ${i}`,
      parties: [],
      receivedOn: '2025-02-01',
      closedOn: '2025-02-20',
      outcome: i < 8 ? ('succeeded' as const) : ('failed' as const),
    })),
  );
  await db.insert(policeStaffing).values({ ...at(A), period: '2025', regular: 1_045, semiProfessional: 1_770 });
  const decision = async (formCode: string, n: string, kinds: ('collective' | 'individual')[]) => {
    const [d] = await db
      .insert(awardDecisions)
      .values({ ...at(p.province), formCode, decisionNumber: n, decidedOn: '2025-12-01', issuer: 'UBND tỉnh' })
      .returning();
    await db
      .insert(awardRecipients)
      .values(kinds.map((k, i) => ({ ...at(A), decisionId: d!.id, recipientKind: k, name: `Người ${i}` })));
  };
  await decision('BK-UBND-TINH', `1/${p.tag}`, ['collective', 'collective', 'individual', 'individual', 'individual']);
  await decision('GK-GD-CAT', `2/${p.tag}`, ['collective']);
  for (const [period, value] of [
    ['2024', 226],
    ['2025', 238],
  ] as const) {
    const [r] = await db
      .insert(indicatorReports)
      .values({ ...at(A), period, status: 'approved' })
      .returning();
    await db.insert(indicatorValues).values({ reportId: r!.id, indicatorCode: 'crimeCases', value });
  }
}

describeOnEachDb('summary reports', (env) => {
  let p: Province;
  let officer: Session;
  let stranger: Session;
  const body = (over: Record<string, unknown> = {}) => ({
    unitId: p.province.id,
    from: '2025',
    kind: 'final',
    number: '15',
    date: '2026-01-05',
    signer: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn An' },
    ...over,
  });

  beforeAll(async () => {
    const db = env().database.db;
    p = await buildProvince(db);
    await arrange(db, p);
    officer = await loginWithRole(env().app, db, 'officer', p.province);
    stranger = await loginWithRole(env().app, db, 'officer', (await buildProvince(db, 'Tỉnh Khác')).province);
  });

  it('composes the sections from the figures, with defaults from the unit', async () => {
    const res = await as(env().app, officer).post('/api/statistics/reports/preview', body());
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json() as ReportPreview;
    expect(r.summary).toBe('Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025');
    expect(r.header).toMatchObject({
      superior: 'Bộ Công an',
      issuer: `Công an tỉnh Thử Nghiệm ${p.tag}`,
      numberLine: 'Số: 15/BC-CAT',
      placeDate: `Thử Nghiệm ${p.tag}, ngày 05 tháng 01 năm 2026`,
    });
    const text = (key: string) =>
      r.sections
        .flatMap((s) => [...s.paragraphs, ...s.subsections.flatMap((b) => b.paragraphs)])
        .find((x) => x.key === key)!.text;
    expect(text('campaigns')).toContain('tổ chức 3 lễ ra quân, phát động với 114.924 lượt người tham gia');
    expect(text('citizens')).toContain('tiếp nhận 4 tin báo, tố giác tội phạm, trong đó 2 tin có giá trị (đạt 50%)');
    expect(text('mediation')).toContain('có 1 tổ hòa giải với 3 hòa giải viên');
    expect(text('mediation')).toContain('hòa giải thành 8 vụ việc, đạt 88,9%');
    expect(text('forces')).toContain(
      'lực lượng Công an xã 2.815 người, trong đó 1.045 chính quy, 1.770 bán chuyên trách',
    );
    expect(text('awards')).toContain(
      'Chủ tịch UBND tỉnh tặng Bằng khen cho 2 tập thể, 3 cá nhân; Giám đốc Công an tỉnh tặng Giấy khen cho 1 tập thể',
    );
    expect(text('crime')).toContain('- Số vụ phạm pháp hình sự: 238 vụ, tăng 12 vụ (+5,3%) so với cùng kỳ.');
  });

  it('writes the DOCX in the Decree 30 layout with the edited narrative, and audits the download', async () => {
    const edited = 'Năm 2025, tình hình địa bàn có nhiều chuyển biến tích cực (đoạn đã sửa).';
    const res = await as(env().app, officer).post(
      '/api/statistics/reports/docx',
      body({ narratives: { situation: edited } }),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain('Bao-cao-tong-ket-');
    const text = await docxText(res.rawPayload);
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BỘ CÔNG AN',
      `CÔNG AN TỈNH THỬ NGHIỆM ${p.tag.toUpperCase()}`,
      'Số: 15/BC-CAT',
      'BÁO CÁO',
      'Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025',
      'I. ĐẶC ĐIỂM, TÌNH HÌNH',
      edited,
      '114.924 lượt người tham gia',
      'tăng 12 vụ (+5,3%) so với cùng kỳ',
      'V. ĐỀ XUẤT, KIẾN NGHỊ',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Văn An',
      'Nơi nhận:',
      '- Lưu: VT.',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('tình hình an ninh chính trị trên địa bàn');
    const rows = await env()
      .database.db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'statistics.reportGenerated'), eq(auditLog.unitId, p.province.id)));
    expect(rows.map((r) => (r.after as { format: string }).format)).toContain('docx');
  });

  it('writes the XLSX annex with numbers as numbers: key figures, per commune, per year', async () => {
    const res = await as(env().app, officer).post('/api/statistics/reports/xlsx', body({ from: '2024', to: '2025' }));
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Số liệu chủ yếu', 'Theo đơn vị', 'Theo năm']);
    const rowOf = (ws: ExcelJS.Worksheet, col: number, text: string) => {
      for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(col).value === text) return ws.getRow(r);
      throw new Error(`no row ${text}`);
    };
    const key = wb.getWorksheet('Số liệu chủ yếu')!;
    const launch = rowOf(key, 2, 'Người tham gia: lễ ra quân, phát động');
    expect(launch.getCell(4).value).toBe(115_424);
    expect(launch.getCell(4).numFmt).toBe('#,##0');
    expect(rowOf(key, 2, 'Số vụ phạm pháp hình sự (*)').getCell(4).value).toBe(464);
    expect(key.getCell(3, 1).value).toBe(
      `(Kèm theo Báo cáo số 15/BC-CAT ngày 05/01/2026 của Công an tỉnh Thử Nghiệm ${p.tag})`,
    );
    const units = wb.getWorksheet('Theo đơn vị')!;
    const header = units.getRow(5).values as string[];
    const col = header.indexOf('Lễ ra quân, phát động (cuộc)');
    expect(rowOf(units, 2, p.a.commune.name).getCell(col).value).toBe(3);
    expect(rowOf(units, 2, 'Tổng cộng').getCell(col).value).toBe(4);
    const years = wb.getWorksheet('Theo năm')!;
    const crime = rowOf(years, 2, 'Số vụ phạm pháp hình sự (*)');
    expect([crime.getCell(4).value, crime.getCell(5).value]).toEqual([226, 238]);
  });

  it('does not compare over several years and prints the HTML with the same text', async () => {
    const res = await as(env().app, officer).post('/api/statistics/reports/html', body({ from: '2013', to: '2025' }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc giai đoạn 2013 - 2025');
    expect(res.body).toContain('@page { size: A4 portrait');
    expect(res.body).toContain('- Số vụ phạm pháp hình sự: 464 vụ.');
    expect(res.body).not.toContain('so với cùng kỳ');
  });

  it('refuses a bad range, an unknown paragraph, and another province', async () => {
    const bad = await as(env().app, officer).post('/api/statistics/reports/docx', body({ from: '2025', to: '2024' }));
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('body.to');
    const unknown = await as(env().app, officer).post(
      '/api/statistics/reports/preview',
      body({ narratives: { nothing: 'x' } }),
    );
    expect(unknown.statusCode).toBe(422);
    const other = await as(env().app, stranger).post('/api/statistics/reports/docx', body());
    expect(other.statusCode).toBe(403);
  });
});
