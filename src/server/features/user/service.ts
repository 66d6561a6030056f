import { and, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../common/permissions.ts';
import type { CreateUserBody, GrantBody, UserQuery, UserView } from '../../../common/user/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { orgUnits, roleGrants, users } from '../../../db/schema/index.ts';
import { escapeLike } from '../../../domain/text.ts';
import { recordAudit } from '../../audit.ts';
import type { Ctx } from '../../context.ts';
import { invalid, notFound } from '../../errors.ts';
import { authorize, scopeWhere } from '../../policy.ts';
import { hashPassword } from '../auth/passwords.ts';
import { findUserByUsername } from '../auth/queries.ts';
import { ensureRoot, getUnit, unitRefsByIds } from '../org-unit/queries.ts';

/** Users holding a role somewhere in the admin's subtrees. */
export async function findUsers(ctx: Ctx, q: UserQuery) {
  const inScope = ctx.db
    .select({ id: roleGrants.userId })
    .from(roleGrants)
    .innerJoin(orgUnits, eq(orgUnits.id, roleGrants.unitId))
    .where(scopeWhere(orgUnits.path, ctx.actor, 'user.read'));
  const filters: SQL[] = [inArray(users.id, inScope)];
  if (q.q) {
    const like = `%${escapeLike(q.q.toLowerCase())}%`;
    filters.push(sql`(lower(${users.username}) like ${like} or lower(${users.displayName}) like ${like})`);
  }
  const where = and(...filters);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(users)
      .where(where)
      .orderBy(users.username)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ n: count() }).from(users).where(where),
  ]);
  return {
    items: await presentUsers(ctx.db, rows, ctx.clock.now()),
    total: Number(total?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

async function presentUsers(db: Executor, rows: (typeof users.$inferSelect)[], now: Date): Promise<UserView[]> {
  const grants = rows.length
    ? await db
        .select()
        .from(roleGrants)
        .where(
          inArray(
            roleGrants.userId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  const refs = await unitRefsByIds(
    db,
    grants.map((g) => g.unitId),
  );
  return rows.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    active: u.active,
    locked: !!u.lockedUntil && u.lockedUntil > now,
    grants: grants
      .filter((g) => g.userId === u.id)
      .map((g) => ({ id: g.id, role: g.role as Role, unit: refs.get(g.unitId)! })),
  }));
}

async function assertGrantable(ctx: Ctx, tx: Executor, g: GrantBody, index?: number) {
  const unit = await getUnit(tx, g.unitId);
  if (!unit)
    throw invalid('notFound', {}, [
      { path: index === undefined ? 'body.unitId' : `body.grants.${index}.unitId`, message: 'msg:notFound' },
    ]);
  authorize(ctx.actor, 'user.manage', unit);
  return unit;
}

export async function createUser(ctx: Ctx, body: CreateUserBody): Promise<UserView> {
  const passwordHash = await hashPassword(body.password);
  return ctx.db.transaction(async (tx) => {
    if (body.grants.length === 0) authorize(ctx.actor, 'user.manage', await ensureRoot(tx));
    const units = [];
    for (const [i, g] of body.grants.entries()) units.push(await assertGrantable(ctx, tx, g, i));
    if (await findUserByUsername(tx, body.username)) {
      throw invalid('user.usernameTaken', { username: body.username }, [
        { path: 'body.username', message: 'msg:user.usernameTaken' },
      ]);
    }
    const [user] = await tx
      .insert(users)
      .values({ username: body.username.toLowerCase(), displayName: body.displayName, passwordHash })
      // A concurrent request may take the name between the check above and here.
      .onConflictDoNothing({ target: users.username })
      .returning();
    if (!user) {
      throw invalid('user.usernameTaken', { username: body.username }, [
        { path: 'body.username', message: 'msg:user.usernameTaken' },
      ]);
    }
    if (body.grants.length) {
      await tx
        .insert(roleGrants)
        .values(body.grants.map((g) => ({ userId: user!.id, role: g.role, unitId: g.unitId })));
    }
    await recordAudit(tx, {
      action: 'user.created',
      actor: ctx.actor,
      unit: units[0] ?? null,
      targetType: 'user',
      targetId: user!.id,
      after: { username: user!.username, displayName: user!.displayName, grants: body.grants },
      ip: ctx.ip,
    });
    return (await presentUsers(tx, [user!], ctx.clock.now()))[0]!;
  });
}

export async function addGrant(ctx: Ctx, userId: number, body: GrantBody): Promise<UserView> {
  return ctx.db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId));
    if (!user) throw notFound();
    const unit = await assertGrantable(ctx, tx, body);
    await tx.insert(roleGrants).values({ userId, role: body.role, unitId: body.unitId }).onConflictDoNothing();
    await recordAudit(tx, {
      action: 'user.grantAdded',
      actor: ctx.actor,
      unit,
      targetType: 'user',
      targetId: userId,
      after: body,
      ip: ctx.ip,
    });
    return (await presentUsers(tx, [user], ctx.clock.now()))[0]!;
  });
}

export async function removeGrant(ctx: Ctx, userId: number, grantId: number): Promise<UserView> {
  return ctx.db.transaction(async (tx) => {
    const [grant] = await tx
      .select()
      .from(roleGrants)
      .where(and(eq(roleGrants.id, grantId), eq(roleGrants.userId, userId)));
    if (!grant) throw notFound();
    const unit = await assertGrantable(ctx, tx, grant);
    if (userId === ctx.actor.id && grant.role === 'admin') throw invalid('user.lastGrant');
    await tx.delete(roleGrants).where(eq(roleGrants.id, grantId));
    await recordAudit(tx, {
      action: 'user.grantRemoved',
      actor: ctx.actor,
      unit,
      targetType: 'user',
      targetId: userId,
      before: { role: grant.role, unitId: grant.unitId },
      ip: ctx.ip,
    });
    const [user] = await tx.select().from(users).where(eq(users.id, userId));
    return (await presentUsers(tx, [user!], ctx.clock.now()))[0]!;
  });
}
