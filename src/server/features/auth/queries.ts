import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { sessions, users } from '../../../db/schema/index.ts';

export async function findUserByUsername(db: Executor, username: string) {
  const [u] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.username})`, username.toLowerCase()))
    .limit(1);
  return u;
}

export async function recordFailure(db: Executor, userId: number, max: number, lockUntil: Date) {
  // One statement, so concurrent failed logins cannot lose a count.
  const [u] = await db
    .update(users)
    .set({
      failedLogins: sql`case when ${users.failedLogins} + 1 >= ${max} then 0 else ${users.failedLogins} + 1 end`,
      lockedUntil: sql`case when ${users.failedLogins} + 1 >= ${max} then ${lockUntil.toISOString()}::timestamptz else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, userId))
    .returning({ lockedUntil: users.lockedUntil });
  return u;
}

export async function insertSession(
  db: Executor,
  s: { id: string; userId: number; csrfToken: string; expiresAt: Date; ip?: string; userAgent?: string },
) {
  await db.insert(sessions).values(s);
}

export async function deleteSession(db: Executor, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id));
}
