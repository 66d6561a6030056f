import type {
  CriteriaOwnerOption,
  CriteriaSetDetail,
  CriteriaSetPage,
  ListCriteriaSetsQuery,
} from '../../../../common/criteria/schemas.ts';
import { pathIds } from '../../../../domain/org-unit/rules.ts';
import type { Ctx } from '../../../context.ts';
import { scopePaths } from '../../../policy.ts';
import { presentDetail, presentSummaries } from '../present.ts';
import { filterWhere, findSets, getSet, ownerCandidates } from '../queries.ts';
import { visibleOr404 } from './owner.ts';

/** A page of the sets the actor may read, filtered. */
export async function listCriteriaSets(ctx: Ctx, q: ListCriteriaSetsQuery): Promise<CriteriaSetPage> {
  const { rows, total } = await findSets(ctx.db, filterWhere(ctx.actor, q), q.page, q.pageSize);
  return { items: await presentSummaries(ctx.db, rows), total, page: q.page, pageSize: q.pageSize };
}

export async function getCriteriaSet(ctx: Ctx, id: number): Promise<CriteriaSetDetail> {
  const row = visibleOr404(ctx.actor, await getSet(ctx.db, id));
  return presentDetail(ctx.db, row, ctx.actor, ctx.lang);
}

/** Units the actor may make a set for: their top units for `criteria.manage` and the provinces under them. */
export async function listCriteriaOwners(ctx: Ctx): Promise<CriteriaOwnerOption[]> {
  const paths = scopePaths(ctx.actor, 'criteria.manage');
  const rows = await ownerCandidates(
    ctx.db,
    paths.map((p) => pathIds(p).at(-1)!),
    paths,
  );
  return rows.map((r) => ({ id: r.id, name: r.name, ministry: r.depth === 0 }));
}
