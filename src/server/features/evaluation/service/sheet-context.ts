import { sql } from 'drizzle-orm';
import type { EvaluatedUnitType, MovementSetDefinition } from '../../../../common/criteria/schemas.ts';
import type { Executor } from '../../../../db/client.ts';
import { evaluations } from '../../../../db/schema/index.ts';
import { classify } from '../../../../domain/evaluation/classification.ts';
import { leavesOf } from '../../../../domain/evaluation/criteria.ts';
import type { EntryValues } from '../../../../domain/evaluation/scoring.ts';
import { evaluatedTypeOf } from '../../../../domain/evaluation/unit-type.ts';
import type { Actor } from '../../../context.ts';
import { AppError, forbidden, notFound } from '../../../errors.ts';
import { getUnit, type UnitRow } from '../../org-unit/queries.ts';
import { sheetRoles } from '../policy.ts';
import {
  type CycleRow,
  type EntryRow,
  type EvaluationRow,
  entriesOf,
  findCycleFor,
  findEvaluation,
  holdsSafetyTitle,
  movementOf,
  type SetRow,
  setsByIds,
  type TargetRow,
  targetFor,
} from '../queries.ts';

/** Everything a use case on one sheet needs, loaded once. */
export type SheetContext = {
  unit: UnitRow;
  unitType: EvaluatedUnitType;
  year: number;
  cycle: CycleRow;
  target: TargetRow;
  ev: EvaluationRow | undefined;
  setRow: SetRow;
  set: MovementSetDefinition;
  entries: EntryRow[];
  safetyRecognised: boolean;
  roles: ReturnType<typeof sheetRoles>;
};

/**
 * Loads a sheet by unit and year, and refuses a unit outside the actor's
 * reach. With `lock`, the sheet row is locked for the rest of the transaction.
 */
export async function loadSheetContext(
  db: Executor,
  actor: Actor,
  unitId: number,
  year: number,
  lock = false,
): Promise<SheetContext> {
  const unit = await getUnit(db, unitId);
  if (!unit) throw notFound();
  const unitType = evaluatedTypeOf(unit);
  if (!unitType) throw new AppError(422, 'evaluation.notEvaluated', { name: unit.name });
  const cycle = await findCycleFor(db, unit.path, year);
  if (!cycle) throw new AppError(404, 'evaluation.noCycle', { name: unit.name, year });
  const target = await targetFor(db, cycle.id, unitType);
  if (!target) throw new AppError(422, 'evaluation.noTarget', { year });
  const roles = sheetRoles(actor, unit.path, cycle.unitPath, target.decisionLevel as 'parent' | 'province');
  if (!roles.read) throw forbidden('unitForbidden');
  const ev = await findEvaluation(db, cycle.id, unit.id, lock);
  const setRow = (await setsByIds(db, [ev?.criteriaSetId ?? target.criteriaSetId])).get(
    ev?.criteriaSetId ?? target.criteriaSetId,
  )!;
  const [entries, safetyRecognised] = await Promise.all([
    ev ? entriesOf(db, ev.id) : Promise.resolve([]),
    holdsSafetyTitle(db, unit.id, year),
  ]);
  return { unit, unitType, year, cycle, target, ev, setRow, set: movementOf(setRow), entries, safetyRecognised, roles };
}

/** Creates the sheet row when the first write arrives, and locks it. */
export async function ensureEvaluation(tx: Executor, sc: SheetContext): Promise<EvaluationRow> {
  if (sc.ev) return sc.ev;
  await tx
    .insert(evaluations)
    .values({
      cycleId: sc.cycle.id,
      unitId: sc.unit.id,
      unitPath: sc.unit.path,
      unitType: sc.unitType,
      year: sc.year,
      criteriaSetId: sc.setRow.id,
    })
    .onConflictDoNothing();
  const ev = (await findEvaluation(tx, sc.cycle.id, sc.unit.id, true))!;
  sc.ev = ev;
  return ev;
}

export const selfValues = (entries: EntryRow[]): EntryValues =>
  Object.fromEntries(entries.map((e) => [e.code, e.selfValue]));

/** The values that count: the reviewer's where they adjusted, the unit's elsewhere. */
export const effectiveValues = (entries: EntryRow[]): EntryValues =>
  Object.fromEntries(entries.map((e) => [e.code, e.reviewValue ?? e.selfValue]));

/** Totals and class stored on the row, so lists and dashboards never recompute. */
export function computeResults(sc: Pick<SheetContext, 'set' | 'entries' | 'safetyRecognised'>) {
  const facts = { safetyRecognised: sc.safetyRecognised };
  const self = classify(sc.set, selfValues(sc.entries), facts);
  const current = classify(sc.set, effectiveValues(sc.entries), facts);
  return { self, current };
}

export function stampResults(sc: SheetContext) {
  const { self, current } = computeResults(sc);
  return {
    selfTotal: self.total,
    total: current.total,
    classification: current.classification,
    explanation: current.reasons,
    version: sql`${evaluations.version} + 1`,
    updatedAt: sql`now()`,
  };
}

export const leafCodes = (set: MovementSetDefinition) => new Set(leavesOf(set).map((l) => l.code));
