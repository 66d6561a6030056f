import { InputNumber } from 'antd';
import type { ScoringRule } from '../../../common/criteria/schemas.ts';
import type { Leaf } from '../../../domain/evaluation/criteria.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';

/** Bounds of a line's value by its rule: points up to the maximum, a count of events, or a percentage. */
function boundsOf(rule: ScoringRule, max: number) {
  switch (rule.type) {
    case 'manual':
      return { min: 0, max, step: 0.25, precision: 2 };
    case 'deductionPerEvent':
      return { min: 0, max: 10_000, step: 1, precision: 0 };
    case 'percentageBands':
      return { min: 0, max: 100, step: 1, precision: 2 };
  }
}

export function useUnitOf() {
  const t = useT();
  return (rule: ScoringRule) =>
    rule.type === 'manual'
      ? t('evaluation.unitPoints')
      : rule.type === 'deductionPerEvent'
        ? t('evaluation.unitEvents')
        : '%';
}

/** What to type on the line, said in words: the input means points, events or a percentage. */
export function useRuleHint() {
  const t = useT();
  return (leaf: Leaf) => {
    const rule = leaf.rule;
    switch (rule.type) {
      case 'manual':
        return t('evaluation.rule.manual', { max: formatNumber(leaf.maxPoints) });
      case 'deductionPerEvent':
        return t('evaluation.rule.events', {
          per: formatNumber(rule.pointsPerEvent),
          max: formatNumber(leaf.maxPoints),
        });
      case 'percentageBands':
        return t('evaluation.rule.percent', {
          bands: [...rule.bands]
            .sort((a, b) => b.minPercent - a.minPercent)
            .map((b) => t('evaluation.rule.band', { min: formatNumber(b.minPercent), points: formatNumber(b.points) }))
            .join('; '),
        });
    }
  };
}

type Props = {
  leaf: Leaf;
  value: number | null;
  onChange: (v: number | null) => void;
  disabled?: boolean;
  error?: boolean;
  testId: string;
  ariaLabel: string;
};

/** A line's value, Vietnamese decimal comma, bounded by the rule; the unit (điểm, vụ, %) shown after it. */
export function LineInput({ leaf, value, onChange, disabled, error, testId, ariaLabel }: Props) {
  const unitOf = useUnitOf();
  const b = boundsOf(leaf.rule, leaf.maxPoints);
  return (
    <InputNumber<number>
      value={value}
      onChange={(v) => onChange(v ?? null)}
      min={b.min}
      max={b.max}
      step={b.step}
      precision={leaf.rule.type === 'deductionPerEvent' ? 0 : undefined}
      decimalSeparator=","
      disabled={disabled}
      status={error ? 'error' : undefined}
      suffix={unitOf(leaf.rule)}
      style={{ width: 128 }}
      aria-label={ariaLabel}
      data-testid={testId}
    />
  );
}
