import { beforeAll, expect, it } from 'vitest';
import { as, buildProvince, buildUser, login, type Session } from './test/factories.ts';
import { describeOnEachDb } from './test/harness.ts';

describeOnEachDb('the HTTP surface', (env) => {
  let officer: Session;
  beforeAll(async () => {
    const { db } = env().database;
    const p = await buildProvince(db);
    const u = await buildUser(db, [{ role: 'officer', unit: p.a.commune }]);
    officer = await login(env().app, u.username);
  });

  it('gives every registered route a policy', () => {
    const missing = env().app.routeRecords.filter((r) => !r.policy);
    expect(missing).toEqual([]);
    expect(env().app.routeRecords.length).toBeGreaterThan(15);
  });

  it('answers an unknown route with a Vietnamese problem, English on request', async () => {
    const vi = await env().app.inject({ method: 'GET', url: '/api/khong-co' });
    expect(vi.statusCode).toBe(404);
    expect(vi.headers['content-type']).toContain('application/problem+json');
    expect(vi.json().title).toBe('Không có chức năng GET /api/khong-co.');
    const en = await env().app.inject({
      method: 'GET',
      url: '/api/nope',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(en.json().title).toBe('There is no endpoint GET /api/nope.');
  });

  it('refuses to serve data without a session', async () => {
    const res = await env().app.inject({ method: 'GET', url: '/api/units/roots' });
    expect(res.statusCode).toBe(401);
    expect(res.json().title).toBe('Bạn cần đăng nhập để tiếp tục.');
  });

  it('turns malformed JSON, wrong types and oversized bodies into 4xx problems', async () => {
    const api = as(env().app, officer);
    const bad = await env().app.inject({
      method: 'POST',
      url: '/api/units',
      payload: '{"name": ',
      headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrf, 'content-type': 'application/json' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().title).toBe('Nội dung gửi lên không phải JSON hợp lệ.');

    const wrong = await api.post('/api/units', { parentId: 'abc', name: 5 });
    expect(wrong.statusCode).toBe(422);
    const paths = wrong.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.parentId', 'body.name']));
    expect(wrong.json().errors[0].message).toMatch(/Phải là|Bắt buộc/);

    const huge = await api.post('/api/units', { parentId: 1, name: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().title).toMatch(/quá lớn/);
  });

  it('requires the anti-forgery header on writes', async () => {
    const res = await env().app.inject({
      method: 'POST',
      url: '/api/units',
      payload: { parentId: 1, name: 'X' },
      headers: { cookie: officer.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().type).toMatch(/csrf$/);
  });

  it('serves the OpenAPI description', async () => {
    const json = await env().app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(json.statusCode).toBe(200);
    expect(Object.keys(json.json().paths)).toEqual(expect.arrayContaining(['/api/units/', '/api/auth/login']));
    const ui = await env().app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(ui.statusCode);
  });
});
