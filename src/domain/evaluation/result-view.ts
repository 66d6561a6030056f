import type { ResultView } from '../../common/evaluation/schemas.ts';
import type { ClassificationResult } from './classification.ts';

/** Flattens a classification for the API and the live panel of the web sheet, which share one shape. */
export function toResultView(r: ClassificationResult): ResultView {
  return {
    total: r.total,
    classification: r.classification,
    byPoints: r.byPoints,
    reasons: r.reasons.map((reason) =>
      reason.kind === 'threshold'
        ? {
            kind: 'threshold' as const,
            classification: reason.classification,
            total: reason.total,
            min: reason.min,
            nextMin: reason.nextMin,
          }
        : {
            kind: 'gate' as const,
            classification: reason.capAt,
            gateKind: reason.gate.kind,
            criterion: reason.gate.kind === 'safetyRecognitionMissing' ? undefined : reason.gate.criterion,
            gateText: reason.gate.text,
            minPoints: reason.gate.kind === 'criterionBelow' ? reason.gate.minPoints : undefined,
            events: reason.detail.events,
            points: reason.detail.points,
          },
    ),
  };
}
