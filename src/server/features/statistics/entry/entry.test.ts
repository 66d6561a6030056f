import { and, eq, like } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompletenessResult, EntryForm } from '../../../../common/statistics/entry-schemas.ts';
import type { FiguresResult } from '../../../../common/statistics/schemas.ts';
import { auditLog, indicatorReports } from '../../../../db/schema/index.ts';
import { as, buildProvince, loginWithRole, type Session } from '../../../test/factories.ts';
import { describeOnEachDb } from '../../../test/harness.ts';
import { sheetRows, uploadFile, workbookOf } from '../../../test/xlsx.ts';

const url = '/api/statistics/entries';
type Errors = { path: string; message: string }[];

/** Periodic figures: entered by the commune, approved from above, counted in the rollups only then. */
describeOnEachDb('statistics entry', (env) => {
  let p: Awaited<ReturnType<typeof buildProvince>>;
  let province: Session;
  let officerA: Session;
  let officerB: Session;
  let viewer: Session;
  let codes: string[];
  const api = (s: Session) => as(env().app, s);
  const form = async (s: Session, unitId: number, period: string) =>
    (await api(s).get(`${url}?unitId=${unitId}&period=${period}`)).json() as EntryForm;
  /** Every indicator of a quarter filled: 1, 2, 3 … with the cases and cases cleared given. */
  const full = (crimeCases: number, crimeCasesCleared: number) => ({
    ...Object.fromEntries(codes.map((c, i) => [c, i + 1])),
    crimeCases,
    crimeCasesCleared,
  });
  const figure = async (s: Session, unitId: number, from: string) => {
    const res = await api(s).get(`/api/statistics/figures?unitId=${unitId}&from=${from}&codes=crimeCases`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as FiguresResult).figures[0]!.value;
  };
  const fillAndSubmit = async (s: Session, unitId: number, period: string, cases: number, cleared: number) => {
    const saved = await api(s).put(url, { unitId, period, version: 0, values: full(cases, cleared) });
    expect(saved.statusCode, saved.body).toBe(200);
    const sent = await api(s).post(`${url}/submit`, { unitId, period, version: saved.json().version });
    expect(sent.statusCode, sent.body).toBe(200);
    return sent.json() as EntryForm;
  };

  beforeAll(async () => {
    const { app, database } = env();
    p = await buildProvince(database.db);
    province = await loginWithRole(app, database.db, 'officer', p.province);
    officerA = await loginWithRole(app, database.db, 'officer', p.a.commune);
    officerB = await loginWithRole(app, database.db, 'officer', p.b.commune);
    viewer = await loginWithRole(app, database.db, 'viewer', p.province);
    codes = (await form(officerA, p.a.commune.id, '2025Q1')).indicators.map((i) => i.code);
  });

  it('shows the quarter form with the entered quarterly indicators and what each user may do', async () => {
    const f = await form(officerA, p.a.commune.id, '2025q1');
    expect(f.period).toEqual({ text: '2025Q1', kind: 'quarter', label: 'quý I năm 2025' });
    expect(f.status).toBe('notStarted');
    expect(codes).toContain('crimeCases');
    expect(f.completeness).toEqual({ filled: 0, required: codes.length });
    expect(f.can).toMatchObject({ edit: true, submit: true, approve: false, return: false });
    expect((await form(province, p.a.commune.id, '2025Q1')).can).toMatchObject({ edit: false, approve: false });
    expect((await form(viewer, p.a.commune.id, '2025Q1')).can.edit).toBe(false);
  });

  it('refuses bad values with a Vietnamese message per field path and writes nothing', async () => {
    const res = await api(officerA).put(url, {
      unitId: p.a.commune.id,
      period: '2025Q2',
      version: 0,
      values: { crimeCases: -1, crimeDeaths: 1.5, noSuchCode: 3, crimeInjuries: 2 },
    });
    expect(res.statusCode).toBe(422);
    const errors = res.json().errors as Errors;
    expect(errors.map((e) => e.path).sort()).toEqual([
      'body.values.crimeCases',
      'body.values.crimeDeaths',
      'body.values.noSuchCode',
    ]);
    expect(errors.find((e) => e.path === 'body.values.crimeDeaths')!.message).toBe(
      'Phải là số nguyên (ví dụ 114.924).',
    );
    const cross = await api(officerA).put(url, {
      unitId: p.a.commune.id,
      period: '2025Q2',
      version: 0,
      values: { crimeCases: 2, crimeCasesCleared: 3 },
    });
    expect(cross.statusCode).toBe(422);
    expect(cross.json().errors).toEqual([
      { path: 'body.values.crimeCasesCleared', message: 'Không được lớn hơn "Số vụ phạm pháp hình sự" (2).' },
    ]);
    expect((await form(officerA, p.a.commune.id, '2025Q2')).status).toBe('notStarted');
  });

  it('refuses a viewer, an officer of another commune, and the province entering for the commune', async () => {
    const body = { unitId: p.a.commune.id, period: '2025Q3', version: 0, values: { crimeCases: 1 } };
    expect((await api(viewer).put(url, body)).statusCode).toBe(403);
    expect((await api(officerB).put(url, body)).statusCode).toBe(403);
    expect((await api(officerB).get(`${url}?unitId=${p.a.commune.id}&period=2025Q3`)).statusCode).toBe(403);
    const province403 = await api(province).put(url, body);
    expect(province403.statusCode).toBe(403);
    expect(province403.json().title).toMatch(/không có quyền nhập số liệu/);
  });

  it('refuses to submit an incomplete form, naming the missing indicators', async () => {
    const saved = await api(officerA).put(url, {
      unitId: p.a.commune.id,
      period: '2024Q4',
      version: 0,
      values: { crimeCases: 4, crimeCasesCleared: 0 },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ status: 'draft', completeness: { filled: 2, required: codes.length } });
    const sent = await api(officerA).post(`${url}/submit`, {
      unitId: p.a.commune.id,
      period: '2024Q4',
      version: saved.json().version,
    });
    expect(sent.statusCode).toBe(422);
    expect((sent.json().errors as Errors).length).toBe(codes.length - 2);
    expect((sent.json().errors as Errors)[0]!.message).toBe('Chưa nhập số liệu.');
  });

  it('lets only the level above approve; approved figures reach the commune and the province totals', async () => {
    const before = await figure(province, p.province.id, '2025');
    const sentA = await fillAndSubmit(officerA, p.a.commune.id, '2025Q1', 7, 5);
    expect(sentA.status).toBe('submitted');
    expect(sentA.can.edit).toBe(false);
    const ref = { unitId: p.a.commune.id, period: '2025Q1', version: sentA.version };
    const own = await api(officerA).post(`${url}/approve`, ref);
    expect(own.statusCode).toBe(403);
    expect(own.json().title).toMatch(/cấp trên/);
    expect(await figure(officerA, p.a.commune.id, '2025')).toBe(before ?? null);
    const ok = await api(province).post(`${url}/approve`, ref);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'approved', can: { approve: false, return: true, edit: false } });
    expect(ok.json().approved.by).toMatch(/Người dùng/);
    const twice = await api(province).post(`${url}/approve`, { ...ref, version: ok.json().version });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().title).toContain('"đã duyệt"');
    const sentB = await fillAndSubmit(officerB, p.b.commune.id, '2025Q1', 3, 1);
    await api(province).post(`${url}/approve`, { unitId: p.b.commune.id, period: '2025Q1', version: sentB.version });
    expect(await figure(province, p.a.commune.id, '2025')).toBe(7);
    expect(await figure(province, p.province.id, '2025')).toBe(10);
    const audited = await env()
      .database.db.select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.unitId, p.a.commune.id), like(auditLog.action, 'statistics.%')));
    // the last three: this quarter's save, submission and approval
    expect(audited.map((a) => a.action).slice(-3)).toEqual([
      'statistics.saved',
      'statistics.submitted',
      'statistics.approved',
    ]);
  });

  it('returns submitted figures with a reason, and reopens approved ones, which leave the rollups', async () => {
    const sent = await fillAndSubmit(officerB, p.b.commune.id, '2025Q2', 6, 6);
    const ref = { unitId: p.b.commune.id, period: '2025Q2', version: sent.version };
    const noReason = await api(province).post(`${url}/return`, { ...ref, reason: '  ' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().errors[0].path).toBe('body.reason');
    const back = await api(province).post(`${url}/return`, { ...ref, reason: 'Số vụ làm rõ chưa khớp sổ' });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ status: 'returned', returnReason: 'Số vụ làm rõ chưa khớp sổ' });
    expect((await form(officerB, p.b.commune.id, '2025Q2')).can).toMatchObject({ edit: true, submit: true });

    const q1 = await form(province, p.b.commune.id, '2025Q1');
    expect(q1.status).toBe('approved');
    const totalBefore = await figure(province, p.province.id, '2025');
    const reopened = await api(province).post(`${url}/return`, {
      unitId: p.b.commune.id,
      period: '2025Q1',
      version: q1.version,
      reason: 'Sửa số liệu quý I',
    });
    expect(reopened.json().status).toBe('returned');
    expect(await figure(province, p.province.id, '2025')).toBe(totalBefore! - 3);
  });

  it('answers a stale version with 409 and the current form', async () => {
    const first = await api(officerA).put(url, {
      unitId: p.a.commune.id,
      period: '2025Q4',
      version: 0,
      values: { crimeCases: 1 },
    });
    const stale = await api(officerA).put(url, {
      unitId: p.a.commune.id,
      period: '2025Q4',
      version: 0,
      values: { crimeCases: 2 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ version: first.json().version });
    expect(stale.json().current.indicators.find((i: { code: string }) => i.code === 'crimeCases').value).toBe(1);
  });

  it('shows the level above which child units have reported', async () => {
    const res = await api(province).get(`${url}/completeness?unitId=${p.province.id}&period=2025Q1`);
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json() as CompletenessResult;
    const row = (id: number) => c.rows.find((r) => r.unit.id === id)!;
    expect(row(p.a.commune.id)).toMatchObject({ status: 'approved', filled: codes.length, canApprove: true });
    expect(row(p.b.commune.id)).toMatchObject({ status: 'returned', filled: codes.length });
    const q3 = (await api(province).get(`${url}/completeness?unitId=${p.province.id}&period=2026Q3`)).json();
    expect(q3.counts.notStarted).toBe(2);
  });

  it('keeps residential areas out: no form, and not among the units expected to report', async () => {
    const area = p.a.areas[0]!;
    const f = await form(officerA, area.id, '2025Q1');
    expect(f).toMatchObject({ reporting: false, indicators: [], can: { edit: false, submit: false } });
    const head = await loginWithRole(env().app, env().database.db, 'representative', area);
    const res = await api(head).put(url, { unitId: area.id, period: '2025Q1', version: 0, values: {} });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe('body.unitId');
    const c = await api(officerA).get(`${url}/completeness?unitId=${p.a.commune.id}&period=2025Q1`);
    expect(c.json().rows).toEqual([]);
  });

  describe('spreadsheets', () => {
    it('round-trips the template: fill, import, export', async () => {
      const q = `unitId=${p.a.commune.id}&period=2026Q1`;
      const template = await api(officerA).get(`${url}/template?${q}`);
      expect(template.statusCode).toBe(200);
      const rows = await sheetRows(template.rawPayload);
      const headerAt = rows.findIndex((r) => r[0] === 'Mã chỉ tiêu');
      expect(rows[headerAt]).toEqual(['Mã chỉ tiêu', 'Chỉ tiêu', 'Đơn vị tính', 'Giá trị']);
      expect(rows.slice(headerAt + 1).map((r) => r[0])).toEqual(codes);

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      codes.forEach((code, i) => {
        ws.getCell(headerAt + 2 + i, 4).value =
          code === 'crimeDamageVnd' ? '1.250.000' : code === 'crimeCases' ? 20 : i;
      });
      const filled = Buffer.from(await wb.xlsx.writeBuffer());
      const done = await uploadFile(env().app, officerA, `${url}/import?${q}`, filled);
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json()).toMatchObject({ rows: codes.length, changed: codes.length });
      expect(done.json().form.completeness).toEqual({ filled: codes.length, required: codes.length });
      const value = (f: EntryForm, code: string) => f.indicators.find((i) => i.code === code)!.value;
      expect(value(done.json().form, 'crimeDamageVnd')).toBe(1_250_000);

      const exported = await api(officerA).get(`${url}/export?${q}`);
      const back = await sheetRows(exported.rawPayload);
      expect(back.find((r) => r[0] === 'crimeDamageVnd')![3]).toBe('1250000');
      const audited = await env()
        .database.db.select()
        .from(auditLog)
        .where(and(eq(auditLog.unitId, p.a.commune.id), eq(auditLog.action, 'statistics.imported')));
      expect(audited).toHaveLength(1);
    });

    it('refuses a bad file listing rows and columns, and writes nothing', async () => {
      const q = `unitId=${p.b.commune.id}&period=2026Q2`;
      const bad = await workbookOf(
        ['Mã chỉ tiêu', 'Chỉ tiêu', 'Đơn vị tính', 'Giá trị'],
        [
          ['crimeCases', '', '', 3],
          ['crimeCasesCleared', '', '', 5],
          ['crimeDeaths', '', '', 'hai'],
          ['khongCo', '', '', 1],
          ['crimeCases', '', '', 4],
          ['crimeInjuries', '', '', '1,5'],
        ],
      );
      const refused = await uploadFile(env().app, officerB, `${url}/import?${q}`, bad);
      expect(refused.statusCode).toBe(422);
      expect(refused.json().rows.map((r: { row: number; column: string }) => [r.row, r.column])).toEqual([
        [4, 'Giá trị'],
        [5, 'Mã chỉ tiêu'],
        [6, 'Mã chỉ tiêu'],
      ]);
      const second = await workbookOf(
        ['Mã chỉ tiêu', 'Giá trị'],
        [
          ['crimeCases', 3],
          ['crimeCasesCleared', 5],
          ['crimeInjuries', '1,5'],
        ],
      );
      const refused2 = await uploadFile(env().app, officerB, `${url}/import?${q}`, second);
      expect(refused2.statusCode).toBe(422);
      expect(refused2.json().rows).toEqual([
        { row: 3, column: 'Giá trị', message: 'Không được lớn hơn "Số vụ phạm pháp hình sự" (3).' },
        { row: 4, column: 'Giá trị', message: 'Phải là số nguyên (ví dụ 114.924).' },
      ]);
      const written = await env()
        .database.db.select()
        .from(indicatorReports)
        .where(and(eq(indicatorReports.unitId, p.b.commune.id), eq(indicatorReports.period, '2026Q2')));
      expect(written).toEqual([]);
      const other = await uploadFile(env().app, officerA, `${url}/import?${q}`, second);
      expect(other.statusCode).toBe(403);
    });
  });
});
