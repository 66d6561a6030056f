import { beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../../db/schema/index.ts';
import { as, buildProvince, buildUser, login, loginWithRole, type Session } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';

type Entry = {
  id: number;
  action: string;
  actorId: number | null;
  actorName: string | null;
  unitId: number | null;
  unitName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/** The calendar day in Vietnam (UTC+7) `days` from now, as the filter takes it. */
const vnDate = (days = 0) => new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

describeOnEachDb('the audit log', (env) => {
  let p: Awaited<ReturnType<typeof buildProvince>>;
  let other: Awaited<ReturnType<typeof buildProvince>>;
  let rootAdmin: Session;
  let provinceAdmin: Session;
  let officer: Session;
  let officerId: number;
  let rootAdminId: number;
  let area: { id: number; name: string };
  let otherArea: { id: number };
  let createdUserId: number;

  beforeAll(async () => {
    const { db } = env().database;
    p = await buildProvince(db);
    other = await buildProvince(db, 'Tỉnh Láng Giềng');
    const ra = await buildUser(db, [{ role: 'admin', unit: p.root }]);
    rootAdminId = ra.id;
    rootAdmin = await login(env().app, ra.username);
    provinceAdmin = await loginWithRole(env().app, db, 'admin', p.province);
    const o = await buildUser(db, [{ role: 'officer', unit: p.province }]);
    officerId = o.id;
    officer = await login(env().app, o.username);

    // The writes whose traces the tests look for.
    const api = as(env().app, officer);
    const created = await api.post('/api/units', {
      parentId: p.a.commune.id,
      level: 'residentialArea',
      name: `Thôn Nhật Ký ${p.tag}`,
      typeLabel: 'Thôn',
    });
    expect(created.statusCode).toBe(201);
    const renamed = await api.patch(`/api/units/${created.json().id}/rename`, {
      name: `Thôn Nhật Ký Mới ${p.tag}`,
      version: created.json().version,
      effectiveDate: '2026-12-01',
    });
    expect(renamed.statusCode).toBe(200);
    area = renamed.json();
    const elsewhere = await as(env().app, rootAdmin).post('/api/units', {
      parentId: other.a.commune.id,
      level: 'residentialArea',
      name: `Thôn Bên Kia ${other.tag}`,
    });
    expect(elsewhere.statusCode).toBe(201);
    otherArea = elsewhere.json();
    const user = await as(env().app, provinceAdmin).post('/api/users', {
      username: `nk${p.tag}`,
      displayName: 'Cán bộ Nhật Ký',
      password: 'Nhat-ky-2026',
      grants: [{ role: 'viewer', unitId: p.b.commune.id }],
    });
    expect(user.statusCode).toBe(201);
    createdUserId = user.json().id;
  });

  const audit = async (s: Session, query: string) => {
    const res = await as(env().app, s).get(`/api/audit?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Entry[]; total: number; page: number; pageSize: number };
  };

  it("shows a user's actions, newest first, with who, where, before and after", async () => {
    const page = await audit(rootAdmin, `userId=${officerId}`);
    expect(page.items.map((e) => e.action)).toEqual(['unit.renamed', 'unit.created', 'auth.login']);
    expect(page.total).toBe(3);
    const [renamed, created, loggedIn] = page.items;
    expect(renamed).toMatchObject({
      actorId: officerId,
      unitId: area.id,
      unitName: area.name,
      before: { name: `Thôn Nhật Ký ${p.tag}`, parentId: p.a.commune.id },
      after: { name: area.name, parentId: p.a.commune.id },
    });
    expect(created).toMatchObject({ before: null, after: { name: `Thôn Nhật Ký ${p.tag}`, level: 'residentialArea' } });
    expect(loggedIn).toMatchObject({ unitId: null, before: null, after: null });
    expect(new Set(page.items.map((e) => e.actorName)).size).toBe(1);
  });

  it('filters by unit, including everything below it', async () => {
    const commune = await audit(rootAdmin, `unitId=${p.a.commune.id}`);
    expect(commune.items.map((e) => e.action).sort()).toEqual(['unit.created', 'unit.renamed']);
    expect(commune.items.every((e) => e.unitId === area.id)).toBe(true);
    const province = await audit(rootAdmin, `unitId=${p.province.id}&pageSize=200`);
    const ids = province.items.map((e) => e.unitId);
    expect(ids).toEqual(expect.arrayContaining([area.id, p.b.commune.id]));
    expect(ids).not.toContain(otherArea.id);
    expect(province.items.find((e) => e.action === 'user.created')).toMatchObject({
      targetId: String(createdUserId),
      after: { username: `nk${p.tag}`, grants: [{ role: 'viewer', unitId: p.b.commune.id }] },
    });
  });

  it('filters by action', async () => {
    const page = await audit(rootAdmin, `userId=${officerId}&action=unit.renamed`);
    expect(page.items.map((e) => e.action)).toEqual(['unit.renamed']);
    expect((await audit(rootAdmin, `userId=${officerId}&action=unit.closed`)).total).toBe(0);
  });

  it("filters by today's date in Vietnam", async () => {
    expect((await audit(rootAdmin, `userId=${officerId}&from=${vnDate()}&to=${vnDate()}`)).total).toBe(3);
    expect((await audit(rootAdmin, `userId=${officerId}&to=${vnDate(-1)}`)).total).toBe(0);
    expect((await audit(rootAdmin, `userId=${officerId}&from=${vnDate(1)}`)).total).toBe(0);
  });

  it('counts a day from midnight to midnight in Vietnam, not in UTC', async () => {
    const { db } = env().database;
    const u = await buildUser(db, [{ role: 'officer', unit: p.b.commune }]);
    const at = [
      '2026-03-01T16:59:59Z', // 01/03 23:59:59 in Hà Nội
      '2026-03-01T17:00:00Z', // 02/03 00:00:00
      '2026-03-02T16:59:59Z', // 02/03 23:59:59
      '2026-03-02T17:00:00Z', // 03/03 00:00:00
    ];
    const rows = await db
      .insert(auditLog)
      .values(
        at.map((t) => ({
          at: new Date(t),
          action: 'unit.renamed',
          actorId: u.id,
          actorName: u.username,
          unitId: p.b.commune.id,
          unitPath: p.b.commune.path,
        })),
      )
      .returning({ id: auditLog.id });
    const day = await audit(rootAdmin, `userId=${u.id}&from=2026-03-02&to=2026-03-02`);
    expect(day.items.map((e) => e.id)).toEqual([rows[2]!.id, rows[1]!.id]);
    expect((await audit(rootAdmin, `userId=${u.id}&to=2026-03-01`)).items.map((e) => e.id)).toEqual([rows[0]!.id]);
    expect((await audit(rootAdmin, `userId=${u.id}&from=2026-03-03`)).items.map((e) => e.id)).toEqual([rows[3]!.id]);
  });

  it('refuses a date that is not yyyy-MM-dd', async () => {
    const res = await as(env().app, rootAdmin).get('/api/audit?from=01/03/2026');
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ path: 'querystring.from', message: 'Ngày không hợp lệ (yyyy-MM-dd).' }]);
  });

  it('pages through the entries', async () => {
    const first = await audit(rootAdmin, `userId=${officerId}&pageSize=2`);
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.items).toHaveLength(2);
    const second = await audit(rootAdmin, `userId=${officerId}&pageSize=2&page=2`);
    expect(second).toMatchObject({ total: 3, page: 2 });
    expect(second.items).toHaveLength(1);
    const all = [...first.items, ...second.items].map((e) => e.action);
    expect(all).toEqual(['unit.renamed', 'unit.created', 'auth.login']);
    expect((await audit(rootAdmin, `userId=${officerId}&pageSize=2&page=3`)).items).toEqual([]);
  });

  it('shows an administrator of a province only what happened in that province', async () => {
    const mine = await audit(provinceAdmin, 'pageSize=200');
    const actions = mine.items.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['unit.created', 'unit.renamed', 'user.created']));
    // Logins belong to no unit, so they are for national administrators only.
    expect(actions).not.toContain('auth.login');
    const units = new Set(mine.items.map((e) => e.unitId));
    expect(units.has(otherArea.id)).toBe(false);
    expect(units.has(null)).toBe(false);
    expect((await audit(provinceAdmin, `userId=${rootAdminId}`)).total).toBe(0);

    const theirs = await as(env().app, provinceAdmin).get(`/api/audit?unitId=${other.province.id}`);
    expect(theirs.statusCode).toBe(403);
    expect(theirs.json().title).toBe('Đơn vị này nằm ngoài phạm vi được phân quyền của bạn.');
  });

  it('is closed to officers', async () => {
    const res = await as(env().app, officer).get('/api/audit');
    expect(res.statusCode).toBe(403);
    expect(res.json().title).toBe('Bạn không có quyền thực hiện thao tác này.');
    const en = await as(env().app, officer).get('/api/audit', { 'accept-language': 'en' });
    expect(en.json().title).toBe('You are not allowed to do this.');
  });
});
