import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { ExemplarView } from '../../../common/exemplar/schemas.ts';
import type { RegistryCounts } from '../../../common/registry/schemas.ts';
import { auditLog, exemplars } from '../../../db/schema/index.ts';
import { as, buildProvince, loginWithRole, type Session } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';
import { sheetRows, uploadFile, workbookOf } from '../../test/xlsx.ts';

/** Exemplars, and through them the registry kernel every registry shares. */
describeOnEachDb('exemplars (registry kernel)', (env) => {
  let p: Awaited<ReturnType<typeof buildProvince>>;
  let officerA: Session;
  let officerB: Session;
  let viewerA: Session;
  let provinceFront: Session;
  const api = (s: Session) => as(env().app, s);
  const body = (extra: Record<string, unknown> = {}) => ({
    recipientKind: 'individual',
    name: 'Ông Nguyễn Văn Ân',
    position: 'Tổ trưởng tổ tự quản',
    year: 2026,
    field: 'Phòng, chống ma túy',
    achievements: 'Phát hiện, tố giác 3 vụ mua bán trái phép chất ma túy',
    ...extra,
  });
  const create = async (s: Session, unitId: number, extra: Record<string, unknown> = {}) => {
    const res = await api(s).post('/api/exemplars', { unitId, ...body(extra) });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as ExemplarView;
  };

  beforeAll(async () => {
    const { db } = env().database;
    p = await buildProvince(db);
    officerA = await loginWithRole(env().app, db, 'officer', p.a.commune);
    officerB = await loginWithRole(env().app, db, 'officer', p.b.commune);
    viewerA = await loginWithRole(env().app, db, 'viewer', p.a.commune);
    provinceFront = await loginWithRole(env().app, db, 'front', p.province);
  });

  it('creates with validation, finds without diacritics, and keeps each commune to its own subtree', async () => {
    const a = await create(officerA, p.a.areas[0]!.id);
    expect(a.unit.name).toBe(p.a.areas[0]!.name);
    expect(a.can.manage).toBe(true);
    await create(officerB, p.b.commune.id, {
      recipientKind: 'collective',
      name: 'Chi hội Phụ nữ thôn Hai',
      year: 2025,
    });

    const bad = await api(officerA).post('/api/exemplars', {
      unitId: p.a.commune.id,
      ...body({ name: ' ', year: 2031 }),
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toContain('body.name');
    const future = await api(officerA).post('/api/exemplars', { unitId: p.a.commune.id, ...body({ year: 2027 }) });
    expect(future.statusCode).toBe(422);
    expect(future.json().title).toContain('2027');

    const other = await api(officerA).post('/api/exemplars', { unitId: p.b.commune.id, ...body() });
    expect(other.statusCode).toBe(403);
    expect((await api(viewerA).post('/api/exemplars', { unitId: p.a.commune.id, ...body() })).statusCode).toBe(403);

    const found = await api(officerA).get(`/api/exemplars?q=${encodeURIComponent('nguyen van an')}`);
    expect(found.json().items.map((e: ExemplarView) => e.id)).toEqual([a.id]);
    const mine = await api(viewerA).get('/api/exemplars');
    expect(mine.json().total).toBe(1);
    const all = await api(provinceFront).get(`/api/exemplars?unitId=${p.province.id}&recipientKind=collective`);
    expect(all.json().items.map((e: ExemplarView) => e.name)).toEqual(['Chi hội Phụ nữ thôn Hai']);
    expect((await api(officerA).get(`/api/exemplars?unitId=${p.b.commune.id}`)).statusCode).toBe(403);
    expect((await api(officerB).get(`/api/exemplars/${a.id}`)).statusCode).toBe(403);
  });

  it('edits at the seen version (409 with the current record), closes with a reason and reopens, all audited', async () => {
    const e = await create(officerA, p.a.commune.id, { name: 'Bà Lê Thị Hoa' });
    const edited = await api(officerA).put(`/api/exemplars/${e.id}`, {
      ...body({ name: 'Bà Lê Thị Hoà' }),
      version: e.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const stale = await api(officerA).put(`/api/exemplars/${e.id}`, { ...body(), version: e.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.name).toBe('Bà Lê Thị Hoà');

    const v = edited.json().version;
    const noReason = await api(officerA).post(`/api/exemplars/${e.id}/close`, {
      version: v,
      closedOn: '2026-11-20',
      reason: '',
    });
    expect(noReason.statusCode).toBe(422);
    const closed = await api(officerA).post(`/api/exemplars/${e.id}/close`, {
      version: v,
      closedOn: '2026-11-20',
      reason: 'Chuyển nơi cư trú',
    });
    expect(closed.json()).toMatchObject({
      closedOn: '2026-11-20',
      closeReason: 'Chuyển nơi cư trú',
      can: { manage: false },
    });
    const locked = await api(officerA).put(`/api/exemplars/${e.id}`, { ...body(), version: closed.json().version });
    expect(locked.statusCode).toBe(422);
    expect(
      (await api(officerA).get('/api/exemplars?status=closed')).json().items.map((x: ExemplarView) => x.id),
    ).toEqual([e.id]);
    const reopened = await api(officerA).post(`/api/exemplars/${e.id}/reopen`, { version: closed.json().version });
    expect(reopened.json().closedOn).toBeNull();

    const trail = await env()
      .database.db.select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'exemplar'), eq(auditLog.targetId, String(e.id))))
      .orderBy(auditLog.id);
    expect(trail.map((r) => r.action)).toEqual([
      'registry.created',
      'registry.updated',
      'registry.closed',
      'registry.reopened',
    ]);
  });

  it('exports the filtered list and imports it back unchanged; a new row adds a record', async () => {
    const file = await api(officerA).get(`/api/exemplars/export.xlsx?unitId=${p.a.commune.id}&status=all`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const rows = await sheetRows(file.rawPayload);
    expect(rows[0]).toEqual(expect.arrayContaining(['ID', 'Đơn vị', 'Tên điển hình (*)', 'Năm (*)']));
    expect(rows.length).toBe(3);
    const again = await uploadFile(
      env().app,
      officerA,
      `/api/exemplars/import?unitId=${p.a.commune.id}`,
      file.rawPayload,
    );
    expect(again.json()).toEqual({ rows: 2, created: 0, updated: 0, unchanged: 2 });

    const header = ['Đơn vị', 'Cá nhân/Tập thể', 'Tên điển hình', 'Năm', 'Thành tích'];
    const data = await workbookOf(header, [
      [p.a.areas[1]!.name.toUpperCase(), 'Tập thể', 'Tổ tự quản số 5', '2.026', 'Giữ vững ANTT'],
    ]);
    const added = await uploadFile(env().app, officerA, `/api/exemplars/import?unitId=${p.a.commune.id}`, data);
    expect(added.json(), added.body).toMatchObject({ created: 1 });
    const [row] = await env().database.db.select().from(exemplars).where(eq(exemplars.name, 'Tổ tự quản số 5'));
    expect(row).toMatchObject({ unitId: p.a.areas[1]!.id, recipientKind: 'collective', year: 2026 });
  });

  it('refuses a file with bad rows by row number and column, and writes nothing', async () => {
    const header = ['Đơn vị', 'Cá nhân/Tập thể', 'Tên điển hình', 'Năm', 'Thành tích'];
    const data = await workbookOf(header, [
      ['', 'Cá nhân', 'Người tốt số 1', 2025, 'Tố giác tội phạm'],
      ['Thôn Không Có', 'Cá nhân', 'Người tốt số 2', 2025, 'Tố giác tội phạm'],
      ['', 'Hộ gia đình', 'Người tốt số 3', 'năm ngoái', 'Tố giác tội phạm'],
      ['', 'Cá nhân', 'Người tốt số 4', 2025, ''],
      ['', 'Cá nhân', 'Người tốt số 5', 2030, 'Tố giác'],
    ]);
    const res = await uploadFile(env().app, officerA, `/api/exemplars/import?unitId=${p.a.commune.id}`, data);
    expect(res.statusCode).toBe(422);
    const rows = res.json().rows as { row: number; column: string | null; message: string }[];
    expect(rows.map((r) => [r.row, r.column])).toEqual([
      [3, 'Đơn vị'],
      [4, 'Cá nhân/Tập thể'],
      [4, 'Năm'],
      [5, 'Thành tích'],
      [6, 'Năm'],
    ]);
    expect(res.json().title).toContain('4 dòng lỗi');
    const written = await env().database.db.select().from(exemplars).where(eq(exemplars.name, 'Người tốt số 1'));
    expect(written).toEqual([]);
    const wrongPlace = await uploadFile(env().app, officerA, `/api/exemplars/import?unitId=${p.b.commune.id}`, data);
    expect(wrongPlace.statusCode).toBe(403);
  });

  it('counts by child unit and kind for a period, for statistics', async () => {
    const res = await api(provinceFront).get(
      `/api/exemplars/counts?unitId=${p.province.id}&from=2026-01-01&to=2026-12-31`,
    );
    const counts = res.json() as RegistryCounts;
    const a = counts.children.find((c) => c.unit.id === p.a.commune.id)!;
    const b = counts.children.find((c) => c.unit.id === p.b.commune.id)!;
    // A's three of 2026 (two people, the imported collective); B's collective is of 2025
    expect(a.total).toBe(3);
    expect(a.by).toEqual({ individual: 2, collective: 1 });
    expect(b.total).toBe(0);
    expect(counts.total).toBe(3);
  });
});
