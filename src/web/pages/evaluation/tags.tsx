import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { Classification, Provenance } from '../../../common/criteria/schemas.ts';
import type { EvaluationStatus } from '../../../common/evaluation/schemas.ts';
import { useT } from '../../i18n/I18nProvider.tsx';

export type ClassLabels = Record<Classification, string>;

const statusColors: Record<EvaluationStatus, string> = {
  notStarted: 'default',
  draft: 'blue',
  submitted: 'orange',
  returned: 'red',
  approved: 'cyan',
  decided: 'green',
};

export const classColors: Record<Classification, string> = {
  excellent: '#389e0d',
  good: '#1d4fa3',
  average: '#d48806',
  weak: '#c8102e',
};

export function StatusTag({ status, testId }: { status: EvaluationStatus; testId?: string }) {
  const t = useT();
  return (
    <Tag color={statusColors[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`evaluation.status.${status}`)}
    </Tag>
  );
}

/** A class with the set's own label; `decided` marks a final result. */
export function ClassTag({
  value,
  labels,
  testId,
  large,
}: {
  value: Classification | null;
  labels: ClassLabels;
  testId?: string;
  large?: boolean;
}) {
  if (!value) return <span data-testid={testId}>—</span>;
  return (
    <Tag
      color={classColors[value]}
      data-testid={testId}
      data-classification={value}
      style={{ marginInlineEnd: 0, ...(large ? { fontSize: 16, padding: '4px 12px', lineHeight: '22px' } : {}) }}
    >
      {labels[value]}
    </Tag>
  );
}

/** "Mẫu – chưa xác minh" beside every part of a set that is not verified against the official text. */
export function ProvenanceTag({ value, testId }: { value: Provenance; testId?: string }) {
  const t = useT();
  if (value === 'verified') return null;
  return (
    <Tooltip title={t(`evaluation.provenanceHint.${value}`)}>
      <Tag color={value === 'sample' ? 'gold' : 'orange'} icon={<ExclamationCircleOutlined />} data-testid={testId}>
        {t(`evaluation.provenance.${value}`)}
      </Tag>
    </Tooltip>
  );
}

export function LateTag() {
  const t = useT();
  return (
    <Tag color="red" data-testid="late-tag">
      {t('evaluation.late')}
    </Tag>
  );
}
