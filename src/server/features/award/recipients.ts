import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { AwardRecipient, AwardRecipientBody } from '../../../common/award/schemas.ts';
import type { Executor, Tx } from '../../../db/client.ts';
import { awardDecisions, awardRecipients } from '../../../db/schema/index.ts';
import { recipientProblems } from '../../../domain/award/recipient.ts';
import { invalid } from '../../errors.ts';
import { getUnit, type UnitRow, unitRefsByIds } from '../org-unit/queries.ts';

type RecipientRow = typeof awardRecipients.$inferSelect;

/** Recipients of proposals or decisions, with their units (one query per relation). */
export async function presentRecipients(db: Executor, rows: RecipientRow[]): Promise<AwardRecipient[]> {
  const refs = await unitRefsByIds(db, [
    ...new Set(rows.flatMap((r) => [r.unitId, ...(r.collectiveUnitId ? [r.collectiveUnitId] : [])])),
  ]);
  return rows.map((r) => ({
    id: r.id,
    recipientKind: r.recipientKind as AwardRecipient['recipientKind'],
    name: r.name,
    position: r.position,
    achievements: r.achievements,
    collectiveUnit: r.collectiveUnitId ? (refs.get(r.collectiveUnitId) ?? null) : null,
    unit: refs.get(r.unitId)!,
    proposalId: r.proposalId,
  }));
}

export async function recipientsOf(db: Executor, by: { proposalId?: number; decisionId?: number }) {
  const where = by.proposalId
    ? eq(awardRecipients.proposalId, by.proposalId)
    : eq(awardRecipients.decisionId, by.decisionId ?? 0);
  const rows = await db
    .select()
    .from(awardRecipients)
    .where(where)
    .orderBy(asc(awardRecipients.recipientKind), asc(awardRecipients.id));
  return presentRecipients(db, rows);
}

/** Collectives and individuals per proposal or decision id, for list rows. */
export async function kindCounts(db: Executor, column: 'proposalId' | 'decisionId', ids: number[]) {
  const col = awardRecipients[column];
  const rows = ids.length
    ? await db
        .select({ id: col, kind: awardRecipients.recipientKind, n: sql<number>`count(*)::int` })
        .from(awardRecipients)
        .where(inArray(col, ids))
        .groupBy(col, awardRecipients.recipientKind)
    : [];
  const out = new Map<number, { collectives: number; individuals: number }>();
  for (const r of rows) {
    const c = out.get(r.id!) ?? { collectives: 0, individuals: 0 };
    if (r.kind === 'collective') c.collectives += Number(r.n);
    else c.individuals += Number(r.n);
    out.set(r.id!, c);
  }
  return (id: number) => out.get(id) ?? { collectives: 0, individuals: 0 };
}

/**
 * Checks a recipient against its parent's unit and gives the row values: a
 * collective unit must lie in the parent's subtree and names the collective
 * when no name is given; `countedUnit` is the unit it is counted under.
 */
export async function recipientValues(
  tx: Tx,
  parentUnit: UnitRow,
  body: AwardRecipientBody,
  countedUnit?: UnitRow,
  pathPrefix = 'body',
) {
  const problems = recipientProblems(body);
  if (problems.length > 0) {
    throw invalid(
      problems[0]!.key,
      {},
      problems.map((p) => ({ path: `${pathPrefix}.${p.field}`, message: `msg:${p.key}` })),
    );
  }
  let collective: UnitRow | undefined;
  if (body.collectiveUnitId) {
    collective = await getUnit(tx, body.collectiveUnitId);
    if (!collective?.path.startsWith(parentUnit.path)) {
      throw invalid('award.collectiveOutside', { unit: parentUnit.name }, [
        { path: `${pathPrefix}.collectiveUnitId`, message: 'msg:award.collectiveOutside' },
      ]);
    }
  }
  const unit = countedUnit ?? parentUnit;
  return {
    recipientKind: body.recipientKind,
    collectiveUnitId: collective?.id ?? null,
    name: body.name ?? collective!.name,
    position: body.position,
    achievements: body.achievements,
    unitId: unit.id,
    unitPath: unit.path,
  };
}

/** Keeps the decision's searchable list of names in step with its recipients. */
export async function refreshRecipientNames(tx: Tx, decisionId: number) {
  await tx
    .update(awardDecisions)
    .set({
      recipientNames: sql`coalesce((select string_agg(${awardRecipients.name}, '; ' order by ${awardRecipients.id}) from ${awardRecipients} where ${awardRecipients.decisionId} = ${decisionId}), '')`,
    })
    .where(eq(awardDecisions.id, decisionId));
}

export async function getRecipient(tx: Tx, id: number, by: { proposalId?: number; decisionId?: number }) {
  const [row] = await tx
    .select()
    .from(awardRecipients)
    .where(
      and(
        eq(awardRecipients.id, id),
        by.proposalId ? eq(awardRecipients.proposalId, by.proposalId) : eq(awardRecipients.decisionId, by.decisionId!),
      ),
    );
  return row;
}
