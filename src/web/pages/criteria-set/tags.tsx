import { CheckCircleOutlined, ExclamationCircleOutlined, LockOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { CriteriaSetStatus, Provenance } from '../../../common/criteria/schemas.ts';
import { useT } from '../../i18n/I18nProvider.tsx';

const provenanceColors: Record<Provenance, string> = { verified: 'green', partial: 'orange', sample: 'gold' };

/**
 * How far a part of a set was checked against the official text. Unverified
 * parts always show it; `showVerified` also marks the verified ones (the list).
 */
export function ProvenanceTag({
  value,
  showVerified,
  testId,
}: {
  value: Provenance;
  showVerified?: boolean;
  testId?: string;
}) {
  const t = useT();
  if (value === 'verified' && !showVerified) return null;
  return (
    <Tooltip title={t(`criteria.provenanceHint.${value}`)}>
      <Tag
        color={provenanceColors[value]}
        icon={value === 'verified' ? <CheckCircleOutlined /> : <ExclamationCircleOutlined />}
        data-testid={testId}
        data-provenance={value}
        style={{ marginInlineEnd: 0 }}
      >
        {t(`criteria.provenance.${value}`)}
      </Tag>
    </Tooltip>
  );
}

const statusColors: Record<CriteriaSetStatus, string> = { draft: 'blue', active: 'green', retired: 'default' };

export function SetStatusTag({ status, testId }: { status: CriteriaSetStatus; testId?: string }) {
  const t = useT();
  return (
    <Tag color={statusColors[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`criteria.status.${status}`)}
    </Tag>
  );
}

/** Used by an evaluation year: frozen, edits go through a new version. */
export function InUseTag({ testId }: { testId?: string }) {
  const t = useT();
  return (
    <Tooltip title={t('criteria.inUseHint')}>
      <Tag icon={<LockOutlined />} color="purple" data-testid={testId} style={{ marginInlineEnd: 0 }}>
        {t('criteria.inUse')}
      </Tag>
    </Tooltip>
  );
}
