import { and, asc, desc, eq, like, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  StaffingBody,
  StaffingCounts,
  StaffingCountsQuery,
  StaffingListQuery,
  StaffingView,
} from '../../../common/security-team/staffing.ts';
import type { Executor } from '../../../db/client.ts';
import { orgUnits, policeStaffing } from '../../../db/schema/index.ts';
import { escapeLike } from '../../../domain/text.ts';
import { recordAudit } from '../../audit.ts';
import type { Ctx } from '../../context.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { authorize, can, scopePaths, scopeWhere } from '../../policy.ts';
import { unitCols } from '../../registry/read.ts';
import { childKey } from '../../subtree.ts';
import { withPathNames } from '../org-unit/present.ts';
import { activeChildren, getUnit, type UnitRow, unitRefsByIds } from '../org-unit/queries.ts';

const READ = 'registry.read' as const;
const MANAGE = 'securityTeam.manage' as const;

export async function findStaffing(db: Executor, where: SQL | undefined, limit: number, offset: number) {
  return db
    .select({ rec: policeStaffing, unit: unitCols })
    .from(policeStaffing)
    .innerJoin(orgUnits, eq(orgUnits.id, policeStaffing.unitId))
    .where(where)
    .orderBy(desc(policeStaffing.period), asc(orgUnits.path))
    .limit(limit)
    .offset(offset);
}

export async function present(
  ctx: Ctx,
  db: Executor,
  rows: Awaited<ReturnType<typeof findStaffing>>,
): Promise<StaffingView[]> {
  const shape = await withPathNames(
    db,
    rows.map((r) => r.unit),
  );
  return rows.map(({ rec, unit }) => ({
    id: rec.id,
    unit: shape(unit),
    period: rec.period,
    regular: rec.regular,
    semiProfessional: rec.semiProfessional,
    note: rec.note,
    version: rec.version,
    updatedAt: rec.updatedAt.toISOString(),
    can: { manage: can(ctx.actor, MANAGE, unit.path) },
  }));
}

/** Staffing figures in the actor's units, by unit subtree and period, newest period first. */
export async function listStaffing(ctx: Ctx, q: z.infer<typeof StaffingListQuery>) {
  const where: (SQL | undefined)[] = [scopeWhere(orgUnits.path, ctx.actor, READ)];
  if (q.unitId) {
    const unit = await getUnit(ctx.db, q.unitId);
    if (!unit) throw notFound();
    authorize(ctx.actor, READ, unit);
    where.push(like(orgUnits.path, `${escapeLike(unit.path)}%`));
  }
  if (q.period) where.push(eq(policeStaffing.period, q.period));
  const cond = and(...where);
  const [rows, [n]] = await Promise.all([
    findStaffing(ctx.db, cond, q.pageSize, (q.page - 1) * q.pageSize),
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(policeStaffing)
      .innerJoin(orgUnits, eq(orgUnits.id, policeStaffing.unitId))
      .where(cond),
  ]);
  return { items: await present(ctx, ctx.db, rows), total: Number(n?.n ?? 0), page: q.page, pageSize: q.pageSize };
}

/**
 * Saves a commune's figures for a period: creates them, or updates them at the
 * version the user saw (409 with the current figures otherwise). Audited.
 */
export async function saveStaffing(ctx: Ctx, body: z.output<typeof StaffingBody>) {
  return ctx.db.transaction(async (tx) => {
    const unit = await getUnit(tx, body.unitId);
    if (!unit)
      throw invalid('registry.unitMissing', {}, [{ path: 'body.unitId', message: 'msg:registry.unitMissing' }]);
    authorize(ctx.actor, MANAGE, unit);
    if (unit.level !== 'commune' || unit.status !== 'active') {
      throw invalid('staffing.unitLevel', { unit: unit.name }, [
        { path: 'body.unitId', message: 'msg:staffing.unitLevel' },
      ]);
    }
    const after = await upsertStaffing(tx, ctx, unit, { ...body, version: body.version ?? null });
    const [view] = await present(ctx, tx, await findStaffing(tx, eq(policeStaffing.id, after.id), 1, 0));
    return view!;
  });
}

type StaffingValues = {
  period: string;
  regular: number;
  semiProfessional: number;
  note: string | null;
  /** the version seen; null = the user saw no figure; absent = no check (import) */
  version?: number | null;
};

/**
 * Creates or updates one commune's figures for a period, audited. A form
 * passes the version it saw (null for none), and a changed row gets a 409
 * carrying the current figures; the import passes none (the file is the
 * user's latest word).
 */
export async function upsertStaffing(tx: Executor, ctx: Ctx, unit: UnitRow, body: StaffingValues) {
  const [before] = await tx
    .select()
    .from(policeStaffing)
    .where(and(eq(policeStaffing.unitId, unit.id), eq(policeStaffing.period, body.period)))
    .for('update');
  const current = async () =>
    (await present(ctx, tx, await findStaffing(tx, eq(policeStaffing.id, before!.id), 1, 0)))[0];
  if (before && body.version !== undefined && before.version !== body.version) {
    throw conflict('registry.stale', await current());
  }
  const values = { regular: body.regular, semiProfessional: body.semiProfessional, note: body.note };
  const [after] = before
    ? await tx
        .update(policeStaffing)
        .set({ ...values, version: sql`${policeStaffing.version} + 1`, updatedAt: new Date() })
        .where(eq(policeStaffing.id, before.id))
        .returning()
    : await tx
        .insert(policeStaffing)
        .values({ ...values, unitId: unit.id, unitPath: unit.path, period: body.period })
        .returning();
  await recordAudit(tx, {
    action: 'staffing.saved',
    actor: ctx.actor,
    unit: { id: unit.id, path: unit.path },
    targetType: 'staffing',
    targetId: after!.id,
    before: before ?? null,
    after,
    ip: ctx.ip,
  });
  return after!;
}

/** Sums of a period's figures for a unit's subtree and each child unit. */
export async function staffingCounts(ctx: Ctx, q: z.output<typeof StaffingCountsQuery>): Promise<StaffingCounts> {
  const unit = q.unitId
    ? await getUnit(ctx.db, q.unitId)
    : (
        await ctx.db
          .select()
          .from(orgUnits)
          .where(eq(orgUnits.path, scopePaths(ctx.actor, READ)[0] ?? '-'))
      )[0];
  if (!unit) throw notFound();
  authorize(ctx.actor, READ, unit);
  const key = childKey(unit.path, policeStaffing.unitPath);
  const rows = await ctx.db
    .select({
      key,
      regular: sql<number>`coalesce(sum(${policeStaffing.regular}), 0)::int`,
      semi: sql<number>`coalesce(sum(${policeStaffing.semiProfessional}), 0)::int`,
      n: sql<number>`count(*)::int`,
    })
    .from(policeStaffing)
    .where(and(like(policeStaffing.unitPath, `${escapeLike(unit.path)}%`), eq(policeStaffing.period, q.period)))
    .groupBy(key);
  const byKey = new Map(rows.map((r) => [String(r.key ?? ''), r]));
  const children = await activeChildren(ctx.db, unit.id);
  const ids = [...new Set([...children.map((c) => c.id), ...[...byKey.keys()].filter((k) => k !== '').map(Number)])];
  const refs = await unitRefsByIds(ctx.db, [unit.id, ...ids]);
  const line = (r?: { regular: number; semi: number; n: number }) => ({
    regular: Number(r?.regular ?? 0),
    semiProfessional: Number(r?.semi ?? 0),
    reported: Number(r?.n ?? 0),
  });
  const total = rows.reduce(
    (t, r) => ({
      regular: t.regular + Number(r.regular),
      semiProfessional: t.semiProfessional + Number(r.semi),
      reported: t.reported + Number(r.n),
    }),
    { regular: 0, semiProfessional: 0, reported: 0 },
  );
  return {
    unit: refs.get(unit.id)!,
    period: q.period,
    ...total,
    children: ids
      .map((id) => refs.get(id))
      .filter((u) => u !== undefined)
      .map((u) => ({ unit: u, ...line(byKey.get(String(u.id))) }))
      .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi')),
  };
}
