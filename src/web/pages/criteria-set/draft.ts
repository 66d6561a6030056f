import {
  CriteriaSetDefinition,
  type Criterion,
  type MovementSetDefinition,
  type SafetySetDefinition,
  type ScoringRule,
  type SubItem,
} from '../../../common/criteria/schemas.ts';
import { sumPoints } from '../../../domain/evaluation/criteria.ts';
import { validateCriteriaSet } from '../../../domain/evaluation/validate.ts';

/** A new score table: one criterion of 100 points, the usual labels, sample thresholds. */
export function emptyMovement(): MovementSetDefinition {
  return {
    kind: 'movement',
    code: '',
    name: '',
    legalBasis: '',
    appliesTo: ['commune'],
    provenance: 'sample',
    decideBy: '11-30',
    criteria: [{ code: '1', text: '', maxPoints: 100, provenance: 'sample', rule: { type: 'manual' } }],
    classification: {
      labels: { excellent: 'Xuất sắc', good: 'Khá', average: 'Trung bình', weak: 'Yếu' },
      thresholds: { excellent: 90, good: 70, average: 50 },
      thresholdsProvenance: 'sample',
      gates: [],
    },
  };
}

export function emptySafety(): SafetySetDefinition {
  return {
    kind: 'safety',
    code: '',
    name: '',
    legalBasis: '',
    appliesTo: ['commune'],
    provenance: 'sample',
    windowFrom: '11-16',
    windowTo: '11-15',
    items: [{ code: '1', text: '', provenance: 'sample' }],
  };
}

export const totalPoints = (d: MovementSetDefinition) => sumPoints(d.criteria.map((c) => c.maxPoints));

/** The next free code: "3" after "1", "2"; "4.3" after "4.1", "4.2". */
export function nextCode(siblings: { code: string }[], prefix = ''): string {
  const used = new Set(siblings.map((s) => s.code));
  for (let n = siblings.length + 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

export function newCriterion(siblings: Criterion[]): Criterion {
  return { code: nextCode(siblings), text: '', maxPoints: 0, provenance: 'sample', rule: { type: 'manual' } };
}

export function newSubItem(parent: Criterion): SubItem {
  return {
    code: nextCode(parent.items ?? [], `${parent.code}.`),
    text: '',
    maxPoints: 0,
    provenance: 'sample',
    rule: { type: 'manual' },
  };
}

export function defaultRule(type: ScoringRule['type'], max: number): ScoringRule {
  switch (type) {
    case 'manual':
      return { type };
    case 'deductionPerEvent':
      return { type, pointsPerEvent: Math.min(1, max) || 1 };
    case 'percentageBands':
      return { type, bands: [{ minPercent: 90, points: max }] };
  }
}

/** A criterion's points follow its sub-items while the editor changes them. */
export function syncParentPoints(c: Criterion) {
  if (c.items?.length) {
    c.maxPoints = sumPoints(c.items.map((i) => i.maxPoints));
    delete c.rule;
  }
}

export function move<T>(list: T[], from: number, to: number) {
  if (to < 0 || to >= list.length) return;
  const [x] = list.splice(from, 1);
  list.splice(to, 0, x!);
}

/** One problem for the live panel: `stage` says whether it blocks saving or only activation. */
export type LiveIssue = {
  path: string;
  stage: 'save' | 'activate';
  key: string;
  params: Record<string, string | number>;
};

/**
 * The same checks as the server, run on every keystroke: the schema (which a
 * draft must pass to be saved) and then the domain rules (which a set must
 * pass to be activated).
 */
export function liveIssues(def: CriteriaSetDefinition): LiveIssue[] {
  const parsed = CriteriaSetDefinition.safeParse(def);
  if (!parsed.success)
    return parsed.error.issues.map((i) => ({
      path: i.path.join('.'),
      stage: 'save' as const,
      key: i.message.startsWith('msg:') ? i.message.slice(4) : zodKey(i),
      params: {},
    }));
  return validateCriteriaSet(parsed.data).map((i) => ({ ...i, stage: 'activate' as const }));
}

/** "criteria.3.items.1.text" → the codes a reader knows ("4.2") and the field. */
export function describePath(def: CriteriaSetDefinition, path: string): { code: string | null; field: string | null } {
  const parts = path.split('.');
  if (def.kind === 'movement' && parts[0] === 'criteria' && parts[1] !== undefined) {
    const c = def.criteria[Number(parts[1])];
    if (parts[2] === 'items' && parts[3] !== undefined)
      return { code: c?.items?.[Number(parts[3])]?.code ?? null, field: parts[4] ?? null };
    return { code: c?.code ?? null, field: parts[2] ?? null };
  }
  if (def.kind === 'safety' && parts[0] === 'items' && parts[1] !== undefined)
    return { code: def.items[Number(parts[1])]?.code ?? null, field: parts[2] ?? null };
  if (parts[0] === 'rule:') return { code: null, field: null };
  return { code: null, field: parts.at(-1) ?? null };
}

/** A message key for a zod complaint: an empty text is "required", an empty list "at least one". */
function zodKey(i: { code: string; origin?: string; minimum?: unknown }): string {
  if (i.code === 'too_small' && i.origin === 'string') return 'criteria.zod.required';
  if (i.code === 'too_small' && i.origin === 'array') return 'criteria.zod.tooFew';
  return `criteria.zod.${i.code}`;
}
