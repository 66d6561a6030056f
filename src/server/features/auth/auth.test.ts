import { beforeAll, expect, it } from 'vitest';
import { as, buildProvince, buildUser, login, TEST_PASSWORD } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';

describeOnEachDb('accounts and sessions', (env) => {
  let p: Awaited<ReturnType<typeof buildProvince>>;
  beforeAll(async () => {
    p = await buildProvince(env().database.db);
  });
  const loginRaw = (username: string, password: string) =>
    env().app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      remoteAddress: `10.0.0.${Math.floor(Math.random() * 250)}`,
    });

  it('logs in, shows who I am with my grants, and logs out for good', async () => {
    const u = await buildUser(env().database.db, [{ role: 'officer', unit: p.a.commune }]);
    const s = await login(env().app, u.username);
    const me = await as(env().app, s).get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().grants[0]).toMatchObject({ role: 'officer', unit: { id: p.a.commune.id } });
    expect(me.json().permissions).toEqual(expect.arrayContaining(['unit.read', 'unit.manage']));
    expect(me.json().permissions).not.toContain('audit.read');
    const out = await as(env().app, s).post('/api/auth/logout');
    expect(out.statusCode).toBe(204);
    expect((await as(env().app, s).get('/api/auth/me')).statusCode).toBe(401);
  });

  it('sets an HttpOnly SameSite cookie and never stores the token itself', async () => {
    const u = await buildUser(env().database.db, [{ role: 'viewer', unit: p.province }]);
    const res = await loginRaw(u.username, TEST_PASSWORD);
    const c = res.cookies.find((x) => x.name === 'td_session')!;
    expect(c.httpOnly).toBe(true);
    expect(c.sameSite).toBe('Lax');
    const stored = await env().database.db.query.sessions.findFirst({ where: (s, { eq }) => eq(s.userId, u.id) });
    expect(stored!.id).not.toBe(c.value);
  });

  it('says the same thing for an unknown user and a wrong password', async () => {
    const u = await buildUser(env().database.db, [{ role: 'viewer', unit: p.province }]);
    const a = await loginRaw(u.username, 'wrong-password-1');
    const b = await loginRaw('no-such-user', 'wrong-password-1');
    expect(a.statusCode).toBe(401);
    expect(b.statusCode).toBe(401);
    expect(a.json().title).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(b.json().title).toBe(a.json().title);
  });

  it('locks the account after 5 failures, even for the right password, until the lock expires', async () => {
    const u = await buildUser(env().database.db, [{ role: 'viewer', unit: p.province }]);
    for (let i = 0; i < 4; i++) expect((await loginRaw(u.username, 'wrong-password-1')).statusCode).toBe(401);
    const fifth = await loginRaw(u.username, 'wrong-password-1');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().title).toMatch(/tạm khóa.*15 phút/);
    expect((await loginRaw(u.username, TEST_PASSWORD)).statusCode).toBe(423);
    env().clock.advance(16 * 60_000);
    expect((await loginRaw(u.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('rate-limits logins from one address', async () => {
    let last = 0;
    for (let i = 0; i < 22; i++) {
      const r = await env().app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'x', password: 'y' },
        remoteAddress: '10.9.9.9',
      });
      last = r.statusCode;
      if (last === 429) {
        expect(r.json().title).toMatch(/quá nhiều yêu cầu/);
        break;
      }
    }
    expect(last).toBe(429);
  });

  it('changes the password, checking the current one and the strength of the new one', async () => {
    const u = await buildUser(env().database.db, [{ role: 'viewer', unit: p.province }]);
    const s = await login(env().app, u.username);
    const other = await login(env().app, u.username);
    const api = as(env().app, s);
    const weak = await api.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().errors).toContainEqual({
      path: 'body.newPassword',
      message: 'Mật khẩu mới phải có ít nhất 10 ký tự.',
    });
    const wrong = await api.post('/api/auth/password', {
      currentPassword: 'nope-nope-1',
      newPassword: 'Another-pass-2026',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors[0].path).toBe('body.currentPassword');
    const ok = await api.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Another-pass-2026',
    });
    expect(ok.statusCode).toBe(204);
    expect((await as(env().app, other).get('/api/auth/me')).statusCode).toBe(401);
    expect((await api.get('/api/auth/me')).statusCode).toBe(200);
    expect((await loginRaw(u.username, 'Another-pass-2026')).statusCode).toBe(200);
  });
});
