import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Role } from '../../common/permissions.ts';
import type { Db } from '../../db/client.ts';
import { orgUnits, roleGrants, sessions, users } from '../../db/schema/index.ts';
import type { Actor } from '../context.ts';

export const SESSION_COOKIE = 'td_session';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Loads the actor of a session cookie, or null when absent, unknown or expired. */
export async function loadActor(db: Db, token: string | undefined, now: Date): Promise<Actor | null> {
  if (!token) return null;
  const sessionId = hashToken(token);
  const [row] = await db
    .select({ s: sessions, u: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now), eq(users.active, true)))
    .limit(1);
  if (!row) return null;
  const grants = await db
    .select({ id: roleGrants.id, role: roleGrants.role, unitId: roleGrants.unitId, unitPath: orgUnits.path })
    .from(roleGrants)
    .innerJoin(orgUnits, eq(orgUnits.id, roleGrants.unitId))
    .where(eq(roleGrants.userId, row.u.id));
  return {
    id: row.u.id,
    username: row.u.username,
    displayName: row.u.displayName,
    locale: row.u.locale === 'en' ? 'en' : 'vi',
    grants: grants.map((g) => ({ ...g, role: g.role as Role })),
    sessionId,
    csrfToken: row.s.csrfToken,
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export function registerAuth(app: FastifyInstance, db: Db, now: () => Date) {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req: FastifyRequest) => {
    if (!req.url.startsWith('/api/')) return;
    req.actor = await loadActor(db, req.cookies[SESSION_COOKIE], now());
  });
}
