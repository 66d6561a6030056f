import { Tag } from 'antd';
import type { Classification } from '../../../common/criteria/schemas.ts';
import type { PlanStatus } from '../../../common/remediation/schemas.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { classColors } from '../evaluation/tags.tsx';

/** Open, completed, or open and overdue (red). */
export function PlanStatusTag({ status, overdue }: { status: PlanStatus; overdue: boolean }) {
  const t = useT();
  const color = status === 'completed' ? 'green' : overdue ? 'red' : 'blue';
  return (
    <Tag color={color} data-testid="remediation-status" data-status={status} data-overdue={String(overdue)}>
      {overdue && status === 'open' ? t('remediation.overdue') : t(`remediation.planStatus.${status}`)}
    </Tag>
  );
}

/** The decided class in the criteria set's own words. */
export function ClassLabelTag({ value, label }: { value: Classification; label: string }) {
  return (
    <Tag color={classColors[value]} data-classification={value} style={{ marginInlineEnd: 0 }}>
      {label}
    </Tag>
  );
}
