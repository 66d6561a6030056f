import { beforeAll, expect, it } from 'vitest';
import { as, buildProvince, buildUser, login, type Session, uid } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';

type Grant = { id: number; role: string; unit: { id: number } };
type UserView = { id: number; username: string; displayName: string; active: boolean; grants: Grant[] };

const PASSWORD = 'Mat-khau-2026';

describeOnEachDb('user accounts and role grants', (env) => {
  let p: Awaited<ReturnType<typeof buildProvince>>;
  let other: Awaited<ReturnType<typeof buildProvince>>;
  let rootAdmin: Session;
  let rootAdminId: number;
  let provinceAdmin: Session;
  let provinceAdminId: number;
  beforeAll(async () => {
    const { db } = env().database;
    p = await buildProvince(db);
    other = await buildProvince(db, 'Tỉnh Láng Giềng');
    const ra = await buildUser(db, [{ role: 'admin', unit: p.root }]);
    rootAdminId = ra.id;
    rootAdmin = await login(env().app, ra.username);
    const pa = await buildUser(db, [{ role: 'admin', unit: p.province }]);
    provinceAdminId = pa.id;
    provinceAdmin = await login(env().app, pa.username);
  });

  const newUser = (grants: { role: string; unitId: number }[], username = `cb${uid()}`) => ({
    username,
    displayName: 'Nguyễn Văn Thử',
    password: PASSWORD,
    grants,
  });
  const lastAudit = async (action: string, actorId: number) => {
    const res = await as(env().app, rootAdmin).get(`/api/audit?userId=${actorId}&action=${action}`);
    return res.json().items[0];
  };

  it('creates an account that can log in with its role', async () => {
    const body = newUser([{ role: 'officer', unitId: p.a.commune.id }]);
    const res = await as(env().app, rootAdmin).post('/api/users', body);
    expect(res.statusCode).toBe(201);
    const user: UserView = res.json();
    expect(user).toMatchObject({ username: body.username, displayName: 'Nguyễn Văn Thử', active: true });
    expect(user.grants).toMatchObject([{ role: 'officer', unit: { id: p.a.commune.id } }]);
    expect(JSON.stringify(user)).not.toContain(PASSWORD);

    const s = await login(env().app, body.username, PASSWORD);
    const me = await as(env().app, s).get('/api/auth/me');
    expect(me.json().grants).toMatchObject([{ role: 'officer', unit: { id: p.a.commune.id } }]);
    expect(me.json().permissions).toContain('unit.manage');
    expect((await as(env().app, s).get(`/api/units/${p.a.commune.id}`)).statusCode).toBe(200);
    expect((await as(env().app, s).get(`/api/units/${p.b.commune.id}`)).statusCode).toBe(403);

    expect(await lastAudit('user.created', rootAdminId)).toMatchObject({
      targetType: 'user',
      targetId: String(user.id),
      unitId: p.a.commune.id,
      after: { username: body.username, grants: [{ role: 'officer', unitId: p.a.commune.id }] },
    });
  });

  it('stores the username in lower case and refuses it again in any case', async () => {
    const name = `Trung${uid()}`;
    const first = await as(env().app, rootAdmin).post(
      '/api/users',
      newUser([{ role: 'viewer', unitId: p.province.id }], name),
    );
    expect(first.statusCode).toBe(201);
    expect(first.json().username).toBe(name.toLowerCase());
    for (const again of [name, name.toLowerCase(), name.toUpperCase()]) {
      const dup = await as(env().app, rootAdmin).post(
        '/api/users',
        newUser([{ role: 'officer', unitId: p.a.commune.id }], again),
      );
      expect(dup.statusCode).toBe(422);
      expect(dup.json().title).toBe(`Tên đăng nhập "${again}" đã tồn tại.`);
      expect(dup.json().errors).toEqual([{ path: 'body.username', message: expect.stringMatching(/đã tồn tại/) }]);
    }
    const found = await as(env().app, rootAdmin).get(`/api/users?q=${name}`);
    expect(found.json().items).toMatchObject([{ grants: [{ role: 'viewer' }] }]);
  });

  it('names the taken username under the username field too', async () => {
    const { db } = env().database;
    const taken = await buildUser(db, [{ role: 'viewer', unit: p.province }]);
    const dup = await as(env().app, rootAdmin).post(
      '/api/users',
      newUser([{ role: 'viewer', unitId: p.province.id }], taken.username),
    );
    expect(dup.json().errors).toEqual([
      { path: 'body.username', message: `Tên đăng nhập "${taken.username}" đã tồn tại.` },
    ]);
  });

  it('lets a national administrator create an account with no role yet', async () => {
    const res = await as(env().app, rootAdmin).post('/api/users', newUser([]));
    expect(res.statusCode).toBe(201);
    expect(res.json().grants).toEqual([]);
  });

  it('names the field of a weak password or a malformed username', async () => {
    const api = as(env().app, rootAdmin);
    const short = await api.post('/api/users', { ...newUser([]), password: 'Ngan-1' });
    expect(short.statusCode).toBe(422);
    expect(short.json().errors).toContainEqual({
      path: 'body.password',
      message: 'Mật khẩu mới phải có ít nhất 10 ký tự.',
    });
    const noDigit = await api.post('/api/users', { ...newUser([]), password: 'chi-co-chu-thoi' });
    expect(noDigit.statusCode).toBe(422);
    expect(noDigit.json().errors).toContainEqual({
      path: 'body.password',
      message: 'Mật khẩu mới phải có cả chữ và số.',
    });
    const badName = await api.post('/api/users', newUser([], 'nguyễn văn a'));
    expect(badName.statusCode).toBe(422);
    expect(badName.json().errors).toContainEqual({
      path: 'body.username',
      message: 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch.',
    });
    const en = await env().app.inject({
      method: 'POST',
      url: '/api/users',
      payload: { ...newUser([]), password: 'Ngan-1' },
      headers: { cookie: rootAdmin.cookie, 'x-csrf-token': rootAdmin.csrf, 'accept-language': 'en' },
    });
    expect(en.json().errors).toContainEqual({
      path: 'body.password',
      message: 'The new password must have at least 10 characters.',
    });
  });

  it('lets a province administrator give roles in the province only', async () => {
    const api = as(env().app, provinceAdmin);
    const ok = await api.post('/api/users', newUser([{ role: 'committee', unitId: p.b.commune.id }]));
    expect(ok.statusCode).toBe(201);

    const username = `ngoai${uid()}`;
    const outside = await api.post('/api/users', newUser([{ role: 'officer', unitId: other.a.commune.id }], username));
    expect(outside.statusCode).toBe(403);
    expect(outside.json().title).toBe('Đơn vị này nằm ngoài phạm vi được phân quyền của bạn.');
    const mixed = await api.post(
      '/api/users',
      newUser(
        [
          { role: 'officer', unitId: p.a.commune.id },
          { role: 'officer', unitId: other.a.commune.id },
        ],
        username,
      ),
    );
    expect(mixed.statusCode).toBe(403);
    const national = await api.post('/api/users', newUser([{ role: 'viewer', unitId: p.root.id }], username));
    expect(national.statusCode).toBe(403);
    const noGrant = await api.post('/api/users', newUser([], username));
    expect(noGrant.statusCode).toBe(403);
    const found = await as(env().app, rootAdmin).get(`/api/users?q=${username}`);
    expect(found.json().total).toBe(0);

    const addOutside = await api.post(`/api/users/${ok.json().id}/grants`, {
      role: 'viewer',
      unitId: other.province.id,
    });
    expect(addOutside.statusCode).toBe(403);
    expect(
      (await as(env().app, rootAdmin).get(`/api/users?q=${ok.json().username}`)).json().items[0].grants,
    ).toHaveLength(1);
  });

  it('points at the unit of a grant that does not exist', async () => {
    const res = await as(env().app, rootAdmin).post('/api/users', newUser([{ role: 'viewer', unitId: 2_000_000_000 }]));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ path: 'body.grants.0.unitId', message: 'Không tìm thấy dữ liệu yêu cầu.' }]);
  });

  it('adds and removes a grant, taking effect at once, and audits both', async () => {
    const created = await as(env().app, provinceAdmin).post(
      '/api/users',
      newUser([{ role: 'viewer', unitId: p.a.commune.id }]),
    );
    const user: UserView = created.json();
    const s = await login(env().app, user.username, PASSWORD);
    expect((await as(env().app, s).get(`/api/units/${p.b.commune.id}`)).statusCode).toBe(403);

    const added = await as(env().app, provinceAdmin).post(`/api/users/${user.id}/grants`, {
      role: 'officer',
      unitId: p.b.commune.id,
    });
    expect(added.statusCode).toBe(200);
    const grant = (added.json() as UserView).grants.find((g) => g.unit.id === p.b.commune.id)!;
    expect(grant.role).toBe('officer');
    expect((await as(env().app, s).get(`/api/units/${p.b.commune.id}`)).statusCode).toBe(200);
    expect(await lastAudit('user.grantAdded', provinceAdminId)).toMatchObject({
      targetId: String(user.id),
      unitId: p.b.commune.id,
      after: { role: 'officer', unitId: p.b.commune.id },
    });

    const removed = await as(env().app, provinceAdmin).delete(`/api/users/${user.id}/grants/${grant.id}`);
    expect(removed.statusCode).toBe(200);
    expect((removed.json() as UserView).grants.map((g) => g.unit.id)).toEqual([p.a.commune.id]);
    expect((await as(env().app, s).get(`/api/units/${p.b.commune.id}`)).statusCode).toBe(403);
    expect(await lastAudit('user.grantRemoved', provinceAdminId)).toMatchObject({
      targetId: String(user.id),
      unitId: p.b.commune.id,
      before: { role: 'officer', unitId: p.b.commune.id },
    });

    const gone = await as(env().app, provinceAdmin).delete(`/api/users/${user.id}/grants/${grant.id}`);
    expect(gone.statusCode).toBe(404);
  });

  it("refuses to remove a grant outside the administrator's province", async () => {
    const { db } = env().database;
    const u = await buildUser(db, [
      { role: 'officer', unit: p.a.commune },
      { role: 'officer', unit: other.a.commune },
    ]);
    const list = await as(env().app, rootAdmin).get(`/api/users?q=${u.username}`);
    const theirs = (list.json().items[0] as UserView).grants.find((g) => g.unit.id === other.a.commune.id)!;
    const res = await as(env().app, provinceAdmin).delete(`/api/users/${u.id}/grants/${theirs.id}`);
    expect(res.statusCode).toBe(403);
    const after = await as(env().app, rootAdmin).get(`/api/users?q=${u.username}`);
    expect(after.json().items[0].grants).toHaveLength(2);
  });

  it('keeps an administrator from removing their own administrator role', async () => {
    const me = await as(env().app, provinceAdmin).get('/api/auth/me');
    const grantId = me.json().grants[0].id;
    const res = await as(env().app, provinceAdmin).delete(`/api/users/${provinceAdminId}/grants/${grantId}`);
    expect(res.statusCode).toBe(422);
    expect(res.json().title).toBe('Không thể xóa quyền cuối cùng của bạn trên toàn hệ thống.');
    expect((await as(env().app, provinceAdmin).get('/api/audit')).statusCode).toBe(200);
  });

  it('lists and searches the users of my units, ignoring case', async () => {
    const { db } = env().database;
    const tag = uid();
    const mine = await buildUser(db, [{ role: 'viewer', unit: p.b.areas[0]! }], `xem.${tag}`);
    const theirs = await buildUser(db, [{ role: 'viewer', unit: other.province }], `xem.khac.${tag}`);

    const byName = await as(env().app, provinceAdmin).get(`/api/users?q=XEM.${tag.toUpperCase()}`);
    expect(byName.statusCode).toBe(200);
    expect(byName.json().items.map((u: UserView) => u.username)).toEqual([mine.username]);
    expect(byName.json().total).toBe(1);
    const byDisplayName = await as(env().app, provinceAdmin).get(
      `/api/users?q=${encodeURIComponent(`người dùng xem.${tag}`)}`,
    );
    expect(byDisplayName.json().items.map((u: UserView) => u.username)).toEqual([mine.username]);

    const national = await as(env().app, rootAdmin).get(`/api/users?q=${tag}`);
    expect(national.json().items.map((u: UserView) => u.username)).toEqual([theirs.username, mine.username].sort());

    const paged = await as(env().app, rootAdmin).get(`/api/users?q=${tag}&pageSize=1&page=2`);
    expect(paged.json()).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.json().items).toHaveLength(1);
  });

  it('is closed to officers', async () => {
    const u = await buildUser(env().database.db, [{ role: 'officer', unit: p.province }]);
    const s = await login(env().app, u.username);
    expect((await as(env().app, s).get('/api/users')).statusCode).toBe(403);
    const res = await as(env().app, s).post('/api/users', newUser([{ role: 'officer', unitId: p.a.commune.id }]));
    expect(res.statusCode).toBe(403);
    expect(res.json().title).toBe('Bạn không có quyền thực hiện thao tác này.');
  });
});
