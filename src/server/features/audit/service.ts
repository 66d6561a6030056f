import { and, count, desc, eq, gte, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { AuditQuery } from '../../../common/audit/schemas.ts';
import { auditLog, orgUnits } from '../../../db/schema/index.ts';
import type { Ctx } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { authorize, scopePaths, scopeWhere } from '../../policy.ts';
import { getUnit } from '../org-unit/queries.ts';

/**
 * Audit entries under the admin's subtrees; entries not tied to a unit (logins)
 * only for admins of the whole country.
 */
export async function findAudit(ctx: Ctx, q: AuditQuery) {
  const root = scopePaths(ctx.actor, 'audit.read').some((p) => p.split('/').filter(Boolean).length === 1);
  const scope = scopeWhere(auditLog.unitPath, ctx.actor, 'audit.read');
  const filters: SQL[] = [root ? (or(scope, isNull(auditLog.unitPath)) as SQL) : scope];
  if (q.userId) filters.push(eq(auditLog.actorId, q.userId));
  if (q.action) filters.push(eq(auditLog.action, q.action));
  if (q.from) filters.push(gte(auditLog.at, new Date(`${q.from}T00:00:00+07:00`)));
  if (q.to) filters.push(lt(auditLog.at, new Date(new Date(`${q.to}T00:00:00+07:00`).getTime() + 86_400_000)));
  if (q.unitId) {
    const unit = await getUnit(ctx.db, q.unitId);
    if (!unit) throw notFound();
    authorize(ctx.actor, 'audit.read', unit);
    filters.push(sql`${auditLog.unitPath} like ${`${unit.path}%`}`);
  }
  const where = and(...filters);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({ a: auditLog, unitName: orgUnits.name })
      .from(auditLog)
      .leftJoin(orgUnits, eq(orgUnits.id, auditLog.unitId))
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return {
    items: rows.map(({ a, unitName }) => ({ ...a, at: a.at.toISOString(), unitName })),
    total: Number(total?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}
