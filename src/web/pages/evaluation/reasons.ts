import { type Classification, classifications } from '../../../common/criteria/schemas.ts';
import type { ReasonView } from '../../../common/evaluation/schemas.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { MessageKey, Params } from '../../i18n/messages.ts';
import type { ClassLabels } from './tags.tsx';

type T = (key: MessageKey, params?: Params) => string;

const better = (c: Classification): Classification | null => classifications[classifications.indexOf(c) - 1] ?? null;
const points = (n: number | null | undefined) => formatNumber(n ?? 0);
const gap = (a: number, b: number) => Math.round((a - b) * 100) / 100;

/**
 * Words why a sheet got its class, e.g. "Tổng 86 điểm: đạt mức Khá (từ 70
 * điểm); thiếu 4 điểm để đạt Xuất sắc", or for a gate "Có 1 vụ việc ở tiêu chí
 * 5: xếp loại tối đa Trung bình". The gate's own wording (`gateText`) is shown
 * beneath by the caller.
 */
export function reasonText(t: T, r: ReasonView, labels: ClassLabels): string {
  const label = labels[r.classification];
  if (r.kind === 'threshold') {
    const total = r.total ?? 0;
    const head =
      r.min == null
        ? t('evaluation.reason.below', { total: points(total), label, next: points(r.nextMin) })
        : t('evaluation.reason.reached', { total: points(total), label, min: points(r.min) });
    const next = better(r.classification);
    if (r.nextMin == null || !next) return head;
    return `${head}${t('evaluation.reason.missing', { gap: points(gap(r.nextMin, total)), label: labels[next] })}`;
  }
  switch (r.gateKind) {
    case 'eventsRecorded':
      return t('evaluation.reason.events', {
        events: formatNumber(r.events ?? 0),
        criterion: r.criterion ?? '',
        label,
      });
    case 'safetyRecognitionMissing':
      return t('evaluation.reason.noSafety', { label });
    case 'criterionBelow':
      return t('evaluation.reason.criterionBelow', {
        criterion: r.criterion ?? '',
        points: points(r.points),
        min: points(r.minPoints),
        label,
      });
    default:
      return t('evaluation.reason.capped', { label });
  }
}
