import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { EvaluatedUnitType, MovementSetDefinition } from '../../../common/criteria/schemas.ts';
import { type Executor, queryRows } from '../../../db/client.ts';
import {
  criteriaSets,
  cycleTargets,
  evaluationChanges,
  evaluationCycles,
  evaluationEntries,
  evaluationEvents,
  evaluationEvidence,
  evaluations,
  remediationPlans,
  safetyRecognitions,
  users,
} from '../../../db/schema/index.ts';
import { vietnamToday } from '../../../domain/calendar.ts';

export type CycleRow = typeof evaluationCycles.$inferSelect;
export type TargetRow = typeof cycleTargets.$inferSelect;
export type EvaluationRow = typeof evaluations.$inferSelect;
export type EntryRow = typeof evaluationEntries.$inferSelect;
export type SetRow = typeof criteriaSets.$inferSelect;

/** The year opened for the unit's province (or above): the longest cycle path that prefixes the unit's. */
export async function findCycleFor(db: Executor, unitPath: string, year: number): Promise<CycleRow | undefined> {
  const [c] = await db
    .select()
    .from(evaluationCycles)
    .where(and(eq(evaluationCycles.year, year), sql`${unitPath} like ${evaluationCycles.unitPath} || '%'`))
    .orderBy(desc(sql`length(${evaluationCycles.unitPath})`))
    .limit(1);
  return c;
}

/** Cycles of a year that overlap a subtree (above or inside it): at most one year per unit. */
export async function overlappingCycles(db: Executor, unitPath: string, year: number) {
  return db
    .select()
    .from(evaluationCycles)
    .where(
      and(
        eq(evaluationCycles.year, year),
        sql`(${unitPath} like ${evaluationCycles.unitPath} || '%' or ${evaluationCycles.unitPath} like ${`${unitPath}%`})`,
      ),
    );
}

export async function targetsOf(db: Executor, cycleIds: number[]): Promise<TargetRow[]> {
  if (cycleIds.length === 0) return [];
  return db
    .select()
    .from(cycleTargets)
    .where(inArray(cycleTargets.cycleId, cycleIds))
    .orderBy(asc(cycleTargets.unitType));
}

export async function targetFor(db: Executor, cycleId: number, unitType: EvaluatedUnitType) {
  const [t] = await db
    .select()
    .from(cycleTargets)
    .where(and(eq(cycleTargets.cycleId, cycleId), eq(cycleTargets.unitType, unitType)));
  return t;
}

export async function setsByIds(db: Executor, ids: number[]): Promise<Map<number, SetRow>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select().from(criteriaSets).where(inArray(criteriaSets.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

export const movementOf = (set: SetRow) => set.definition as MovementSetDefinition;

/** The active set for a unit type: the province's own if it issued one, else the Ministry's; newest version. */
export async function activeSetFor(db: Executor, kind: 'movement' | 'safety', unitType: string, unitPath: string) {
  const [s] = await db
    .select()
    .from(criteriaSets)
    .where(
      and(
        eq(criteriaSets.kind, kind),
        eq(criteriaSets.status, 'active'),
        sql`${unitType} = any(${criteriaSets.appliesTo})`,
        sql`(${criteriaSets.ownerPath} is null or ${unitPath} like ${criteriaSets.ownerPath} || '%')`,
      ),
    )
    .orderBy(
      sql`length(coalesce(${criteriaSets.ownerPath}, '')) desc`,
      desc(criteriaSets.version),
      desc(criteriaSets.id),
    )
    .limit(1);
  return s;
}

export async function findEvaluation(db: Executor, cycleId: number, unitId: number, lock = false) {
  const q = db
    .select()
    .from(evaluations)
    .where(and(eq(evaluations.cycleId, cycleId), eq(evaluations.unitId, unitId)));
  const [e] = lock ? await q.for('update') : await q;
  return e;
}

export async function entriesOf(db: Executor, evaluationId: number): Promise<EntryRow[]> {
  return db.select().from(evaluationEntries).where(eq(evaluationEntries.evaluationId, evaluationId));
}

export async function historyOf(db: Executor, evaluationId: number) {
  const [changes, events, evidence] = await Promise.all([
    db
      .select()
      .from(evaluationChanges)
      .where(eq(evaluationChanges.evaluationId, evaluationId))
      .orderBy(desc(evaluationChanges.at), desc(evaluationChanges.id))
      .limit(300),
    db
      .select()
      .from(evaluationEvents)
      .where(eq(evaluationEvents.evaluationId, evaluationId))
      .orderBy(desc(evaluationEvents.at), desc(evaluationEvents.id))
      .limit(200),
    db
      .select({
        id: evaluationEvidence.id,
        code: evaluationEvidence.code,
        fileName: evaluationEvidence.fileName,
        mimeType: evaluationEvidence.mimeType,
        size: evaluationEvidence.size,
        uploadedAt: evaluationEvidence.uploadedAt,
      })
      .from(evaluationEvidence)
      .where(eq(evaluationEvidence.evaluationId, evaluationId))
      .orderBy(asc(evaluationEvidence.id)),
  ]);
  return { changes, events, evidence };
}

export async function holdsSafetyTitle(db: Executor, unitId: number, year: number): Promise<boolean> {
  const [r] = await db
    .select({ id: safetyRecognitions.id })
    .from(safetyRecognitions)
    .where(
      and(
        eq(safetyRecognitions.unitId, unitId),
        eq(safetyRecognitions.year, year),
        eq(safetyRecognitions.status, 'granted'),
      ),
    );
  return !!r;
}

export async function planOf(db: Executor, evaluationId: number) {
  const [p] = await db
    .select({ id: remediationPlans.id, dueDate: remediationPlans.dueDate, status: remediationPlans.status })
    .from(remediationPlans)
    .where(eq(remediationPlans.evaluationId, evaluationId));
  return p;
}

export async function userName(db: Executor, id: number | null): Promise<string | null> {
  if (id === null) return null;
  const [u] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, id));
  return u?.name ?? null;
}

/** Today's date in Vietnam (UTC+7), which is the date deadlines are read against. */
export const todayOf = vietnamToday;

export { queryRows };
