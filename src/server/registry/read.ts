import { and, asc, eq, gte, isNotNull, isNull, like, lte, or, type SQL, sql } from 'drizzle-orm';
import type { RegistryListQuery } from '../../common/registry/schemas.ts';
import type { Executor } from '../../db/client.ts';
import { orgUnits } from '../../db/schema/index.ts';
import { vietnamToday } from '../../domain/calendar.ts';
import { escapeLike } from '../../domain/text.ts';
import type { Ctx } from '../context.ts';
import { invalid, notFound } from '../errors.ts';
import { withPathNames } from '../features/org-unit/present.ts';
import { getUnit, type UnitRow } from '../features/org-unit/queries.ts';
import { authorize, can, scopeWhere } from '../policy.ts';
import { foldedContains } from '../search.ts';
import type { AnyRegistry, BaseRow } from './define.ts';

export const unitCols = {
  id: orgUnits.id,
  code: orgUnits.code,
  name: orgUnits.name,
  level: orgUnits.level,
  kind: orgUnits.kind,
  path: orgUnits.path,
};

export type ListQuery = RegistryListQuery & Record<string, unknown>;

/** The period of a list or count: on a date column directly, on a year column by the years of the dates. */
export function periodWhere(reg: AnyRegistry, from?: string, to?: string): SQL[] {
  const { column, kind } = reg.period;
  const out: SQL[] = [];
  if (from) out.push(kind === 'date' ? gte(column, from) : gte(column, Number(from.slice(0, 4))));
  if (to) out.push(kind === 'date' ? lte(column, to) : lte(column, Number(to.slice(0, 4))));
  return out;
}

/** Every predicate of a list: the actor's subtrees, the chosen unit, words, status, period, registry filters. */
export async function listWhere(ctx: Ctx, reg: AnyRegistry, q: ListQuery): Promise<SQL> {
  const t = reg.table;
  const where: (SQL | undefined)[] = [scopeWhere(orgUnits.path, ctx.actor, reg.perms.read)];
  if (q.unitId) {
    const unit = await getUnit(ctx.db, q.unitId);
    if (!unit) throw notFound();
    authorize(ctx.actor, reg.perms.read, unit);
    where.push(like(orgUnits.path, `${escapeLike(unit.path)}%`));
  }
  if (q.q) where.push(or(...reg.search.map((c) => foldedContains(c, q.q!))));
  if (q.status === 'open') where.push(isNull(t.closedOn));
  if (q.status === 'closed') where.push(isNotNull(t.closedOn));
  if (q.from && q.to && q.from > q.to) {
    throw invalid('registry.periodOrder', {}, [{ path: 'querystring.from', message: 'msg:registry.periodOrder' }]);
  }
  where.push(...periodWhere(reg, q.from, q.to));
  if (reg.filters) where.push(...reg.filters.where(q));
  return and(...where.filter((w): w is SQL => w !== undefined))!;
}

/** Records with their unit (scoped on the unit's current path, so a moved unit's records follow it). */
export async function findRecords(db: Executor, reg: AnyRegistry, where: SQL, limit: number, offset = 0) {
  const t = reg.table;
  const rows = await db
    .select({ rec: t, unit: unitCols })
    .from(t)
    .innerJoin(orgUnits, eq(orgUnits.id, t.unitId))
    .where(where)
    .orderBy(...reg.orderBy, asc(t.id))
    .limit(limit)
    .offset(offset);
  return rows as RecordWithUnit[];
}

export type RecordWithUnit = {
  rec: BaseRow;
  unit: Pick<UnitRow, 'id' | 'code' | 'name' | 'level' | 'kind' | 'path'>;
};

export async function countRecords(db: Executor, reg: AnyRegistry, where: SQL) {
  const [n] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(reg.table)
    .innerJoin(orgUnits, eq(orgUnits.id, reg.table.unitId))
    .where(where);
  return Number(n?.n ?? 0);
}

/** Rows to views: the shared fields, then the registry's own (one batch for all rows). */
export async function presentRecords(ctx: Ctx, db: Executor, reg: AnyRegistry, rows: RecordWithUnit[]) {
  const [withPath, own] = await Promise.all([
    withPathNames(
      db,
      rows.map((r) => r.unit),
    ),
    reg.present(
      db,
      rows.map((r) => r.rec),
    ),
  ]);
  return rows.map((r, i) => ({
    ...own[i],
    id: r.rec.id,
    unit: withPath(r.unit),
    closedOn: r.rec.closedOn,
    closeReason: r.rec.closeReason,
    version: r.rec.version,
    updatedAt: r.rec.updatedAt.toISOString(),
    can: { manage: r.rec.closedOn === null && can(ctx.actor, reg.perms.manage, r.unit.path) },
  }));
}

/** One page of a registry list. */
export async function listRecords(ctx: Ctx, reg: AnyRegistry, q: ListQuery) {
  const where = await listWhere(ctx, reg, q);
  const [rows, total] = await Promise.all([
    findRecords(ctx.db, reg, where, q.pageSize, (q.page - 1) * q.pageSize),
    countRecords(ctx.db, reg, where),
  ]);
  return { items: await presentRecords(ctx, ctx.db, reg, rows), total, page: q.page, pageSize: q.pageSize };
}

/** One record with its detail; 404 when missing, 403 outside the actor's units. */
export async function getRecord(ctx: Ctx, reg: AnyRegistry, id: number, db: Executor = ctx.db) {
  const [row] = await findRecords(db, reg, eq(reg.table.id, id), 1);
  if (!row) throw notFound();
  authorize(ctx.actor, reg.perms.read, row.unit);
  const [view] = await presentRecords(ctx, db, reg, [row]);
  const more = reg.detail ? await reg.detail(db, row.rec, ctx) : {};
  return { ...view!, ...more };
}

export const todayOf = (ctx: Ctx) => vietnamToday(ctx.clock.now());
