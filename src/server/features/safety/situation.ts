import type { EvaluatedUnitType, SafetySetDefinition } from '../../../common/criteria/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { decisionPath } from '../../../domain/evaluation/decision.ts';
import { evaluatedTypeOf } from '../../../domain/evaluation/unit-type.ts';
import { pathIds } from '../../../domain/org-unit/rules.ts';
import type { Ctx } from '../../context.ts';
import { invalid, notFound } from '../../errors.ts';
import type { Lang } from '../../i18n/messages.ts';
import { authorize } from '../../policy.ts';
import { findCycleFor, targetFor } from '../evaluation/queries.ts';
import { getUnit, type UnitRow } from '../org-unit/queries.ts';
import { getSet } from './queries.ts';

/** Everything a title decision depends on: the unit, its year, its checklist and who decides. */
export type Situation = Awaited<ReturnType<typeof loadSituation>>;

/**
 * Loads the unit (readable by the actor), the evaluation year covering it, the
 * checklist its type is assessed against in that year, and the competent
 * level's path. Each missing piece is a message saying what to set up.
 */
export async function loadSituation(db: Executor, ctx: Ctx, unitId: number, year: number) {
  const unit = await getUnit(db, unitId);
  if (!unit) throw notFound();
  authorize(ctx.actor, 'evaluation.read', unit);
  const unitType = evaluatedTypeOf(unit);
  if (!unitType) throw invalid('safety.notEvaluated', { unit: unit.name });
  const cycle = await findCycleFor(db, unit.path, year);
  if (!cycle) throw notFound('safety.noCycle', { year, unit: unit.name });
  const target = await targetFor(db, cycle.id, unitType);
  const set = target?.safetySetId ? await getSet(db, target.safetySetId) : undefined;
  if (!target || !set || set.kind !== 'safety') {
    throw notFound('safety.noChecklist', { year, type: unitTypeLabel(unitType, ctx.lang) });
  }
  const deciderPath = decisionPath(target.decisionLevel as 'parent' | 'province', unit.path, cycle.unitPath);
  return {
    unit,
    unitType,
    year,
    cycle,
    target,
    set,
    def: set.definition as SafetySetDefinition,
    deciderPath,
    deciderId: pathIds(deciderPath).at(-1)!,
  };
}

const typeLabels: Record<Lang, Record<EvaluatedUnitType, string>> = {
  vi: {
    residentialArea: 'khu dân cư',
    commune: 'xã, phường, đặc khu',
    district: 'quận, huyện',
    agency: 'cơ quan',
    enterprise: 'doanh nghiệp',
    school: 'cơ sở giáo dục',
  },
  en: {
    residentialArea: 'residential areas',
    commune: 'communes and wards',
    district: 'districts',
    agency: 'agencies',
    enterprise: 'enterprises',
    school: 'educational institutions',
  },
};

export const unitTypeLabel = (t: EvaluatedUnitType, lang: Lang) => typeLabels[lang][t];

export type { UnitRow };
