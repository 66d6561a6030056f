import { and, eq, ne } from 'drizzle-orm';
import type { Executor } from '../../../../db/client.ts';
import { evaluations } from '../../../../db/schema/index.ts';
import { classify } from '../../../../domain/evaluation/classification.ts';
import { entriesOf, holdsSafetyTitle, movementOf, setsByIds } from '../queries.ts';
import { effectiveValues, selfValues } from './sheet-context.ts';

/**
 * Recomputes the stored totals and class of a unit's sheet for a year, for
 * changes made outside the sheet (the title granted or revoked): the lists
 * then show the class the gates give now. A decided result stays as decided.
 */
export async function restampEvaluation(tx: Executor, unitId: number, year: number): Promise<void> {
  const [ev] = await tx
    .select()
    .from(evaluations)
    .where(and(eq(evaluations.unitId, unitId), eq(evaluations.year, year), ne(evaluations.status, 'decided')))
    .for('update');
  if (!ev) return;
  const set = movementOf((await setsByIds(tx, [ev.criteriaSetId])).get(ev.criteriaSetId)!);
  const entries = await entriesOf(tx, ev.id);
  const facts = { safetyRecognised: await holdsSafetyTitle(tx, unitId, year) };
  const self = classify(set, selfValues(entries), facts);
  const current = classify(set, effectiveValues(entries), facts);
  await tx
    .update(evaluations)
    .set({
      selfTotal: self.total,
      total: current.total,
      classification: current.classification,
      explanation: current.reasons,
    })
    .where(eq(evaluations.id, ev.id));
}
