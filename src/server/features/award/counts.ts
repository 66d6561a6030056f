import { and, eq, gte, isNull, like, lte, type SQL, sql } from 'drizzle-orm';
import type { RecipientCounts } from '../../../common/award/schemas.ts';
import { awardDecisions, awardForms, awardRecipients, orgUnits } from '../../../db/schema/index.ts';
import { escapeLike } from '../../../domain/text.ts';
import type { Ctx } from '../../context.ts';
import { invalid, notFound } from '../../errors.ts';
import { authorize, scopePaths } from '../../policy.ts';
import { childKey } from '../../subtree.ts';
import { activeChildren, getUnit, unitRefsByIds } from '../org-unit/queries.ts';

type Kinds = { collective: number; individual: number };
type Line = Kinds & { byForm: Map<string, Kinds & { formName: string }> };
const zero = (): Line => ({ collective: 0, individual: 0, byForm: new Map() });

/**
 * Collectives and individuals rewarded in a period, by form, for a unit and
 * each of its child units: the figure statistics and the ten-year report
 * quote ("Bằng khen của Chủ tịch UBND tỉnh: 9 tập thể, 15 cá nhân"). Counted
 * under the unit each recipient belongs to (its proposing unit), by the date
 * of the decision; revoked decisions count for nothing. One grouped query.
 */
export async function recipientCounts(
  ctx: Ctx,
  q: { unitId?: number; from?: string; to?: string },
): Promise<RecipientCounts> {
  const unit = q.unitId ? await getUnit(ctx.db, q.unitId) : await scopeRoot(ctx);
  if (!unit) throw notFound();
  authorize(ctx.actor, 'registry.read', unit);
  if (q.from && q.to && q.from > q.to) {
    throw invalid('registry.periodOrder', {}, [{ path: 'querystring.from', message: 'msg:registry.periodOrder' }]);
  }
  const key = childKey(unit.path);
  const where: SQL[] = [like(orgUnits.path, `${escapeLike(unit.path)}%`), isNull(awardDecisions.closedOn)];
  if (q.from) where.push(gte(awardDecisions.decidedOn, q.from));
  if (q.to) where.push(lte(awardDecisions.decidedOn, q.to));
  const rows = await ctx.db
    .select({
      key,
      form: awardDecisions.formCode,
      formName: awardForms.name,
      sort: awardForms.sort,
      kind: awardRecipients.recipientKind,
      n: sql<number>`count(*)::int`,
    })
    .from(awardRecipients)
    .innerJoin(awardDecisions, eq(awardDecisions.id, awardRecipients.decisionId))
    .innerJoin(awardForms, eq(awardForms.code, awardDecisions.formCode))
    .innerJoin(orgUnits, eq(orgUnits.id, awardRecipients.unitId))
    .where(and(...where))
    .groupBy(key, awardDecisions.formCode, awardForms.name, awardForms.sort, awardRecipients.recipientKind)
    .orderBy(awardForms.sort);
  const lines = new Map<string, Line>();
  const total = zero();
  for (const r of rows) {
    const line = lines.get(r.key) ?? zero();
    lines.set(r.key, line);
    for (const l of [line, total]) add(l, r.form, r.formName, r.kind as keyof Kinds, Number(r.n));
  }
  const children = await activeChildren(ctx.db, unit.id);
  const known = new Set(children.map((c) => String(c.id)));
  const extra = [...lines.keys()].filter((k) => k !== '' && !known.has(k)).map(Number);
  const refs = await unitRefsByIds(ctx.db, [unit.id, ...children.map((c) => c.id), ...extra]);
  return {
    unit: refs.get(unit.id)!,
    ...out(total),
    children: [...children.map((c) => c.id), ...extra]
      .map((id) => refs.get(id))
      .filter((u) => u !== undefined)
      .map((u) => ({ unit: u, ...out(lines.get(String(u.id)) ?? zero()) }))
      .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi')),
  };
}

function add(l: Line, form: string, formName: string, kind: keyof Kinds, n: number) {
  l[kind] += n;
  const f = l.byForm.get(form) ?? { collective: 0, individual: 0, formName };
  f[kind] += n;
  l.byForm.set(form, f);
}

const out = (l: Line) => ({
  collective: l.collective,
  individual: l.individual,
  byForm: [...l.byForm.entries()].map(([formCode, f]) => ({ formCode, ...f })),
});

async function scopeRoot(ctx: Ctx) {
  const [path] = scopePaths(ctx.actor, 'registry.read');
  const [u] = path ? await ctx.db.select().from(orgUnits).where(eq(orgUnits.path, path)).limit(1) : [];
  return u;
}
