import { and, inArray, like, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { orgUnits } from '../../db/schema/index.ts';
import { escapeLike, foldText } from '../../domain/text.ts';
import type { UnitRow } from '../features/org-unit/queries.ts';

export type UnitLookup = (text: string | undefined) => { unit: UnitRow } | { error: 'unknown' | 'ambiguous' };

/**
 * Resolves the "Đơn vị" cells of an import inside the chosen unit's subtree:
 * by official code, else by name (diacritics ignored). Residential areas have
 * no code, so names are the usual case; two units of the same name need the
 * code or a more precise name. An empty cell means the chosen unit itself.
 * One query for the whole file.
 */
export async function unitLookup(db: Executor, root: UnitRow, texts: (string | undefined)[]): Promise<UnitLookup> {
  const wanted = [...new Set(texts.filter((t): t is string => !!t && t.trim() !== '').map((t) => t.trim()))];
  const folded = [...new Set(wanted.map(foldText))];
  const rows =
    wanted.length === 0
      ? []
      : await db
          .select()
          .from(orgUnits)
          .where(
            and(
              like(orgUnits.path, `${escapeLike(root.path)}%`),
              or(inArray(orgUnits.code, wanted), inArray(sql`td_fold(${orgUnits.name})`, folded)),
            ),
          );
  const byCode = new Map<string, UnitRow[]>();
  const byName = new Map<string, UnitRow[]>();
  const push = (m: Map<string, UnitRow[]>, k: string, u: UnitRow) => m.set(k, [...(m.get(k) ?? []), u]);
  for (const u of rows) {
    if (u.code) push(byCode, u.code, u);
    push(byName, foldText(u.name), u);
  }
  return (text) => {
    if (!text || text.trim() === '') return { unit: root };
    const hits = byCode.get(text.trim()) ?? byName.get(foldText(text)) ?? [];
    // An active unit wins over closed namesakes (a merged commune keeps its name in history).
    const active = hits.filter((u) => u.status === 'active');
    const pick = active.length > 0 ? active : hits;
    if (pick.length === 0) return { error: 'unknown' };
    if (pick.length > 1) return { error: 'ambiguous' };
    return { unit: pick[0]! };
  };
}
