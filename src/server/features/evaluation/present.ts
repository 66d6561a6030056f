import type { SheetView } from '../../../common/evaluation/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { leavesOf } from '../../../domain/evaluation/criteria.ts';
import { isLate, submissionOpen } from '../../../domain/evaluation/deadlines.ts';
import { toResultView } from '../../../domain/evaluation/result-view.ts';
import { pointsFor } from '../../../domain/evaluation/scoring.ts';
import { actionsFrom, type EvaluationStatus } from '../../../domain/evaluation/workflow.ts';
import { pathIds } from '../../../domain/org-unit/rules.ts';
import { unitRefsByIds } from '../org-unit/queries.ts';
import { historyOf, planOf, userName } from './queries.ts';
import { computeResults, type SheetContext } from './service/sheet-context.ts';

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : d);

/** The sheet as the client shows it, with the buttons the actor may press. */
export async function presentSheet(db: Executor, sc: SheetContext, today: string): Promise<SheetView> {
  const ev = sc.ev;
  const status: EvaluationStatus = ev?.status ?? 'notStarted';
  const ancestors = pathIds(sc.unit.path).slice(0, -1);
  const [refs, history, plan, decidedBy] = await Promise.all([
    unitRefsByIds(db, ancestors),
    ev ? historyOf(db, ev.id) : Promise.resolve({ changes: [], events: [], evidence: [] }),
    ev ? planOf(db, ev.id) : Promise.resolve(undefined),
    userName(db, ev?.decidedBy ?? null),
  ]);
  const byCode = new Map(sc.entries.map((e) => [e.code, e]));
  const { self, current } = computeResults(sc);
  const submitBy = sc.target.submitBy;
  const extensionUntil = ev?.extensionUntil ?? null;
  const open = sc.cycle.status === 'open';
  const allowed = new Set(actionsFrom(status));
  const mayEdit = open && sc.roles.self && allowed.has('save');
  const canSubmit = submissionOpen({ today, submitBy, extensionUntil, returned: status === 'returned' });
  const required =
    status === 'decided' && (ev?.decidedClassification === 'average' || ev?.decidedClassification === 'weak');
  return {
    id: ev?.id ?? null,
    unit: {
      id: sc.unit.id,
      code: sc.unit.code,
      name: sc.unit.name,
      level: sc.unit.level,
      kind: sc.unit.kind,
      pathNames: ancestors.map((id) => refs.get(id)?.name ?? '').filter(Boolean),
    },
    unitType: sc.unitType,
    year: sc.year,
    cycleId: sc.cycle.id,
    cycleStatus: sc.cycle.status,
    status,
    version: ev?.version ?? 0,
    set: {
      id: sc.setRow.id,
      code: sc.setRow.code,
      version: sc.setRow.version,
      name: sc.set.name,
      legalBasis: sc.set.legalBasis,
      provenance: sc.set.provenance,
      provenanceNote: sc.set.provenanceNote ?? null,
      criteria: sc.set.criteria,
      classification: sc.set.classification,
    },
    entries: leavesOf(sc.set).map((leaf) => {
      const e = byCode.get(leaf.code);
      const selfValue = e?.selfValue ?? null;
      const reviewValue = e?.reviewValue ?? null;
      const counted = reviewValue ?? selfValue;
      return {
        code: leaf.code,
        selfValue,
        selfComment: e?.selfComment ?? null,
        reviewValue,
        reviewReason: e?.reviewReason ?? null,
        selfPoints: selfValue === null ? null : pointsFor(leaf.rule, leaf.maxPoints, selfValue),
        points: counted === null ? null : pointsFor(leaf.rule, leaf.maxPoints, counted),
      };
    }),
    selfResult: toResultView(self),
    result: toResultView(current),
    decided:
      ev?.status === 'decided' && ev.decidedClassification && ev.decisionNumber && ev.decisionDate
        ? {
            classification: ev.decidedClassification,
            decisionNumber: ev.decisionNumber,
            decisionDate: ev.decisionDate,
            decidedBy,
          }
        : null,
    deadlines: {
      submitBy,
      decideBy: sc.target.decideBy,
      extensionUntil,
      extensionReason: ev?.extensionReason ?? null,
      late: isLate({ today, submitBy, extensionUntil, submitted: !!ev?.submittedAt }),
      submissionOpen: canSubmit,
    },
    submittedAt: ev?.submittedAt ? iso(ev.submittedAt) : null,
    safetyRecognised: sc.safetyRecognised,
    remediation: {
      required,
      planId: plan?.id ?? null,
      overdue: !!plan && plan.status === 'open' && plan.dueDate < today,
    },
    evidence: history.evidence.map((f) => ({ ...f, uploadedAt: iso(f.uploadedAt) })),
    changes: history.changes.map((c) => ({
      code: c.code,
      side: c.side as 'self' | 'review',
      oldValue: c.oldValue,
      newValue: c.newValue,
      reason: c.reason,
      actorName: c.actorName,
      at: iso(c.at),
    })),
    events: history.events.map((e) => ({
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      message: e.message,
      actorName: e.actorName,
      at: iso(e.at),
    })),
    can: {
      edit: mayEdit,
      submit: mayEdit && allowed.has('submit') && canSubmit,
      adjust: open && sc.roles.review && allowed.has('adjust'),
      sendBack: open && (sc.roles.review || sc.roles.decide) && allowed.has('sendBack'),
      approve: open && sc.roles.review && allowed.has('approve'),
      decide: open && sc.roles.decide && allowed.has('decide'),
      extend: open && sc.roles.review && (status === 'notStarted' || status === 'draft'),
      uploadEvidence: mayEdit,
    },
  };
}
