import { and, eq, lt, ne } from 'drizzle-orm';
import type { LoginBody } from '../../../common/auth/schemas.ts';
import type { Db } from '../../../db/client.ts';
import { sessions, users } from '../../../db/schema/index.ts';
import { recordAudit } from '../../audit.ts';
import type { Config } from '../../config.ts';
import type { Ctx } from '../../context.ts';
import { AppError, invalid } from '../../errors.ts';
import { hashToken, loadActor, newToken } from '../../plugins/auth.ts';
import { dummyHash, hashPassword, verifyPassword } from './passwords.ts';
import { deleteSession, findUserByUsername, insertSession, recordFailure } from './queries.ts';

type LoginInput = { db: Db; config: Config; now: Date; body: LoginBody; ip?: string; userAgent?: string };

/**
 * Checks the password, counts failures (locking the account after
 * `maxLoginFailures`), and opens a session. Returns the cookie token.
 */
export async function login({ db, config, now, body, ip, userAgent }: LoginInput) {
  const user = await findUserByUsername(db, body.username);
  if (!user?.active) {
    await verifyPassword(await dummyHash(), body.password);
    throw new AppError(401, 'auth.badCredentials');
  }
  if (user.lockedUntil && user.lockedUntil > now) throw lockedError(user.lockedUntil, now);
  if (!(await verifyPassword(user.passwordHash, body.password))) {
    const lockUntil = new Date(now.getTime() + config.lockMinutes * 60_000);
    const after = await db.transaction(async (tx) => {
      const u = await recordFailure(tx, user.id, config.maxLoginFailures, lockUntil);
      await recordAudit(tx, { action: 'auth.loginFailed', actor: user, targetType: 'user', targetId: user.id, ip });
      return u;
    });
    if (after?.lockedUntil && after.lockedUntil > now) throw lockedError(after.lockedUntil, now);
    throw new AppError(401, 'auth.badCredentials');
  }
  const token = newToken();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), lt(sessions.expiresAt, now)));
    await insertSession(tx, {
      id: hashToken(token),
      userId: user.id,
      csrfToken: newToken(),
      expiresAt: new Date(now.getTime() + config.sessionHours * 3600_000),
      ip,
      userAgent: userAgent?.slice(0, 300),
    });
    await recordAudit(tx, { action: 'auth.login', actor: user, targetType: 'user', targetId: user.id, ip });
  });
  const actor = await loadActor(db, token, now);
  if (!actor) throw new AppError(500, 'internal');
  return { token, actor };
}

function lockedError(until: Date, now: Date) {
  return new AppError(423, 'auth.locked', { minutes: Math.ceil((until.getTime() - now.getTime()) / 60_000) });
}

export async function logout(ctx: Ctx) {
  await ctx.db.transaction(async (tx) => {
    await deleteSession(tx, ctx.actor.sessionId);
    await recordAudit(tx, {
      action: 'auth.logout',
      actor: ctx.actor,
      targetType: 'user',
      targetId: ctx.actor.id,
      ip: ctx.ip,
    });
  });
}

/** Changes the password and ends the user's other sessions. */
export async function changePassword(ctx: Ctx, currentPassword: string, newPassword: string) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.id));
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw invalid('auth.wrongCurrentPassword', {}, [
      { path: 'body.currentPassword', message: 'msg:auth.wrongCurrentPassword' },
    ]);
  }
  if (currentPassword === newPassword) {
    throw invalid('auth.samePassword', {}, [{ path: 'body.newPassword', message: 'msg:auth.samePassword' }]);
  }
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: ctx.clock.now(), version: user.version + 1 })
      .where(eq(users.id, user.id));
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.id, ctx.actor.sessionId)));
    await recordAudit(tx, {
      action: 'auth.passwordChanged',
      actor: ctx.actor,
      targetType: 'user',
      targetId: user.id,
      ip: ctx.ip,
    });
  });
}
