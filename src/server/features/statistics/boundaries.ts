import { and, eq, sql } from 'drizzle-orm';
import type { BoundariesBody, ChildBoundaries } from '../../../common/statistics/schemas.ts';
import { orgUnits, unitBoundaries } from '../../../db/schema/index.ts';
import { recordAudit } from '../../audit.ts';
import type { Ctx } from '../../context.ts';
import { invalid } from '../../errors.ts';
import { authorize } from '../../policy.ts';
import { statisticsUnit } from './service.ts';

/**
 * Loads unit boundaries (GeoJSON polygons) for the choropleth. A feature names
 * its unit by code (administrative units carry the national codes) or by id;
 * features that match no unit are listed back, and if none matches nothing is
 * written. One transaction; replaces the boundaries of the matched units.
 */
export async function loadBoundaries(ctx: Ctx, body: BoundariesBody) {
  return ctx.db.transaction(async (tx) => {
    const codes = body.features.map((f) => f.properties.code).filter((c): c is string => !!c && /^[\w.-]+$/.test(c));
    const ids = body.features.map((f) => f.properties.unitId).filter((c): c is number => !!c);
    const units = await tx
      .select({ id: orgUnits.id, code: orgUnits.code, path: orgUnits.path })
      .from(orgUnits)
      .where(
        and(
          eq(orgUnits.kind, 'administrative'),
          eq(orgUnits.status, 'active'),
          sql`(${orgUnits.code} = any(${`{${codes.join(',')}}`}::text[]) or ${orgUnits.id} = any(${`{${ids.join(',')}}`}::int[]))`,
        ),
      );
    const byCode = new Map(units.map((u) => [u.code, u]));
    const byId = new Map(units.map((u) => [u.id, u]));
    const matched: { unitId: number; geometry: unknown }[] = [];
    const unmatched: { index: number; code: string | null; name: string | null }[] = [];
    body.features.forEach((f, index) => {
      const u = (f.properties.unitId && byId.get(f.properties.unitId)) || byCode.get(f.properties.code ?? '');
      if (u) {
        authorize(ctx.actor, 'statistics.manage', u);
        matched.push({ unitId: u.id, geometry: f.geometry });
      } else unmatched.push({ index, code: f.properties.code ?? null, name: f.properties.name ?? null });
    });
    if (matched.length === 0)
      throw invalid('statistics.noBoundaryMatched', {}, [
        { path: 'body.features', message: 'msg:statistics.noBoundaryMatched' },
      ]);
    for (const m of matched)
      await tx
        .insert(unitBoundaries)
        .values({ unitId: m.unitId, geometry: m.geometry })
        .onConflictDoUpdate({ target: unitBoundaries.unitId, set: { geometry: m.geometry, updatedAt: new Date() } });
    await recordAudit(tx, {
      action: 'statistics.boundariesLoaded',
      actor: ctx.actor,
      targetType: 'unitBoundaries',
      after: { loaded: matched.length, unmatched: unmatched.length },
      ip: ctx.ip,
    });
    return { loaded: matched.length, unmatched };
  });
}

/** The loaded boundaries of a unit's active children. */
export async function childBoundaries(ctx: Ctx, unitId: number | undefined): Promise<ChildBoundaries> {
  const unit = await statisticsUnit(ctx, unitId);
  const rows = await ctx.db
    .select({ unitId: orgUnits.id, name: orgUnits.name, geometry: unitBoundaries.geometry })
    .from(orgUnits)
    .innerJoin(unitBoundaries, eq(unitBoundaries.unitId, orgUnits.id))
    .where(and(eq(orgUnits.parentId, unit.id), eq(orgUnits.status, 'active')));
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature' as const,
      properties: { unitId: r.unitId, name: r.name },
      geometry: r.geometry as ChildBoundaries['features'][number]['geometry'],
    })),
  };
}
