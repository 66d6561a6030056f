import type { SheetParams, SheetView } from '../../../../common/evaluation/schemas.ts';
import type { Ctx } from '../../../context.ts';
import { presentSheet } from '../present.ts';
import { todayOf } from '../queries.ts';
import { loadSheetContext } from './sheet-context.ts';

/** A unit's sheet for a year, started or not. */
export async function getSheet(ctx: Ctx, p: SheetParams): Promise<SheetView> {
  const sc = await loadSheetContext(ctx.db, ctx.actor, p.unitId, p.year);
  return presentSheet(ctx.db, sc, todayOf(ctx.clock.now()));
}
