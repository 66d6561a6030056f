import type { ChecklistItem } from '../../../common/criteria/schemas.ts';
import type { SafetyView, ShareFigures } from '../../../common/safety/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { pathIds } from '../../../domain/org-unit/rules.ts';
import type { Actor } from '../../context.ts';
import { can } from '../../policy.ts';
import { unitRefsByIds } from '../org-unit/queries.ts';
import { findRecognition, type RecognitionRow, subunitShare, userNames } from './queries.ts';
import { shareFigures, windowOf } from './rules.ts';
import type { Situation } from './situation.ts';

/** Figures of every computed item, counted now (one query whatever the number of items). */
export async function computeFigures(
  db: Executor,
  s: Situation,
): Promise<(item: ChecklistItem) => ShareFigures | null> {
  const needsShare = s.def.items.some((i) => i.computed === 'subunitRecognitionShare');
  const share = needsShare ? await subunitShare(db, s.unit.id, s.year) : null;
  return (item) =>
    item.computed === 'subunitRecognitionShare' && share
      ? shareFigures(share.total, share.recognised, item.minPercent)
      : null;
}

/** May the actor decide (and revoke) at the competent level? */
export const mayDecide = (actor: Actor, s: Situation) => can(actor, 'evaluation.decide', s.deciderPath);

/** The title as the client sees it, with `can` from the same policy the writes use. */
export async function presentSafety(
  db: Executor,
  actor: Actor,
  s: Situation,
  row?: RecognitionRow | null,
): Promise<SafetyView> {
  const recognition = row === undefined ? await findRecognition(db, s.unit.id, s.year) : row;
  const ancestors = pathIds(s.unit.path).slice(0, -1);
  // Sequential on purpose: inside a transaction both drivers share one connection.
  const refs = await unitRefsByIds(db, [...ancestors, s.deciderId]);
  const names = await userNames(db, [recognition?.decidedBy ?? null, recognition?.revokedBy ?? null]);
  const figures = await computeFigures(db, s);
  const window = windowOf(s.def, s.year);
  const decide = mayDecide(actor, s);
  const { unit } = s;
  return {
    unit: {
      id: unit.id,
      code: unit.code,
      name: unit.name,
      level: unit.level,
      kind: unit.kind,
      pathNames: ancestors.map((id) => refs.get(id)?.name ?? '').filter((n) => n !== ''),
    },
    unitType: s.unitType,
    year: s.year,
    cycleId: s.cycle.id,
    cycleStatus: s.cycle.status,
    decider: { id: s.deciderId, name: refs.get(s.deciderId)?.name ?? '' },
    checklist: {
      id: s.set.id,
      code: s.set.code,
      version: s.set.version,
      name: s.def.name,
      legalBasis: s.def.legalBasis,
      provenance: s.def.provenance,
      provenanceNote: s.def.provenanceNote ?? null,
      windowFrom: window.from,
      windowTo: window.to,
      items: s.def.items.map((i) => ({
        code: i.code,
        text: i.text,
        source: i.source ?? null,
        provenance: i.provenance ?? 'sample',
        computed: i.computed ?? null,
        figures: figures(i),
      })),
    },
    recognition: recognition
      ? {
          id: recognition.id,
          status: recognition.status,
          checks: recognition.checks,
          decisionNumber: recognition.decisionNumber,
          decisionDate: recognition.decisionDate,
          decidedBy: recognition.decidedBy ? (names.get(recognition.decidedBy) ?? null) : null,
          revokeReason: recognition.revokeReason,
          revokedAt: recognition.revokedAt?.toISOString() ?? null,
          revokedBy: recognition.revokedBy ? (names.get(recognition.revokedBy) ?? null) : null,
          version: recognition.version,
          updatedAt: recognition.updatedAt.toISOString(),
        }
      : null,
    can: {
      decide: decide && s.cycle.status === 'open',
      revoke: decide && recognition?.status === 'granted',
    },
  };
}

/** What the audit log keeps of a decision. */
export function snapshot(r: RecognitionRow | null | undefined) {
  if (!r) return null;
  return {
    status: r.status,
    checks: r.checks,
    decisionNumber: r.decisionNumber,
    decisionDate: r.decisionDate,
    checklistSetId: r.checklistSetId,
    revokeReason: r.revokeReason,
    version: r.version,
  };
}
