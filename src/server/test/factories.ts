import { randomBytes } from 'node:crypto';
import { systemActor } from '../../cli/seed-demo.ts';
import type { Role } from '../../common/permissions.ts';
import type { Db } from '../../db/client.ts';
import { roleGrants, users } from '../../db/schema/index.ts';
import type { App } from '../app.ts';
import type { Ctx } from '../context.ts';
import { hashPassword } from '../features/auth/passwords.ts';
import { ensureRoot, type UnitRow } from '../features/org-unit/queries.ts';
import { insertUnit, type NewUnit } from '../features/org-unit/service/write-helpers.ts';

export const uid = () => randomBytes(4).toString('hex');
export const TEST_PASSWORD = 'Test-password-2026';
let cachedHash: Promise<string> | undefined;

/** Inserts units directly (no HTTP), for arranging a test. */
export async function buildUnit(db: Db, parent: UnitRow, u: Partial<Omit<NewUnit, 'parent'>> & { name: string }) {
  const root = await ensureRoot(db);
  const ctx: Ctx = { db, actor: systemActor(root), clock: { now: () => new Date() }, lang: 'vi' };
  return db.transaction((tx) =>
    insertUnit(tx, ctx, { kind: 'administrative', level: null, code: null, validFrom: '2025-07-01', ...u, parent }),
  );
}

/**
 * A private province for one test file: two communes (A and B), each with two
 * residential areas and a school. Names carry a random tag so files never clash.
 */
export async function buildProvince(db: Db, name = 'Tỉnh Thử Nghiệm') {
  const tag = uid();
  const root = await ensureRoot(db);
  const province = await buildUnit(db, root, { level: 'province', name: `${name} ${tag}` });
  const make = async (label: string) => {
    const commune = await buildUnit(db, province, { level: 'commune', name: `Xã ${label} ${tag}`, typeLabel: 'Xã' });
    const areas = [
      await buildUnit(db, commune, { level: 'residentialArea', name: `Thôn Một ${label} ${tag}`, typeLabel: 'Thôn' }),
      await buildUnit(db, commune, { level: 'residentialArea', name: `Thôn Hai ${label} ${tag}`, typeLabel: 'Thôn' }),
    ];
    const school = await buildUnit(db, commune, { kind: 'school', name: `Trường Tiểu học ${label} ${tag}` });
    return { commune, areas, school };
  };
  return { root, province, tag, a: await make('Hòa Lạc'), b: await make('Đông Sơn') };
}

export async function buildUser(db: Db, grants: { role: Role; unit: UnitRow }[], username = `u${uid()}`) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const [user] = await db
    .insert(users)
    .values({ username, displayName: `Người dùng ${username}`, passwordHash: await cachedHash })
    .returning();
  for (const g of grants) await db.insert(roleGrants).values({ userId: user!.id, role: g.role, unitId: g.unit.id });
  return user!;
}

export type Session = { cookie: string; csrf: string };

export async function login(app: App, username: string, password = TEST_PASSWORD): Promise<Session> {
  // A fresh address per login, so the per-address login rate limit never trips arranging tests.
  const remoteAddress = `127.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.1`;
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress,
  });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'td_session')!;
  return { cookie: `td_session=${cookie.value}`, csrf: res.json().csrfToken };
}

/** Calls the API as a logged-in user (cookie + CSRF header), like the web app does. */
export function as(app: App, s: Session) {
  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    app.inject({
      method,
      url,
      payload: payload as never,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...headers },
    });
  return {
    get: (url: string, headers?: Record<string, string>) => call('GET', url, undefined, headers),
    post: (url: string, payload?: unknown, headers?: Record<string, string>) => call('POST', url, payload, headers),
    put: (url: string, payload?: unknown) => call('PUT', url, payload),
    patch: (url: string, payload?: unknown) => call('PATCH', url, payload),
    delete: (url: string) => call('DELETE', url),
  };
}

/** A new user holding one role on one unit, logged in: the usual first lines of a test. */
export async function loginWithRole(app: App, db: Db, role: Role, unit: UnitRow): Promise<Session> {
  return login(app, (await buildUser(db, [{ role, unit }])).username);
}
