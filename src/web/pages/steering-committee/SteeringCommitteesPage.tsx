import { Card, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { SteeringCommitteeView } from '../../../common/steering-committee/schemas.ts';
import { RegistryList } from '../../components/registry/RegistryList.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useCan } from '../auth/useAuth.ts';
import { CommitteeFormModal } from './CommitteeForm.tsx';

export const base = '/api/steering-committees';

/** Steering Committees (BCĐ 138) of the units in reach; a name opens the committee's page. */
export function SteeringCommitteesPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const [hasHead, setHasHead] = useState<'true' | 'false' | undefined>();
  const [creating, setCreating] = useState(false);
  return (
    <Card title={t('nav.steeringCommittee')}>
      <RegistryList<SteeringCommitteeView>
        base={base}
        testId="steering-committee"
        canManage={can('steeringCommittee.manage')}
        searchPlaceholder={t('steeringCommittee.search')}
        newLabel={t('steeringCommittee.new')}
        onNew={() => setCreating(true)}
        importTitle={t('steeringCommittee.importTitle')}
        filters={{
          value: { hasHead },
          node: (
            <Select
              allowClear
              placeholder={t('steeringCommittee.head')}
              value={hasHead}
              onChange={setHasHead}
              style={{ width: 180 }}
              options={(['true', 'false'] as const).map((v) => ({
                value: v,
                label: t(`steeringCommittee.hasHead.${v}`),
              }))}
            />
          ),
        }}
        columns={[
          {
            key: 'name',
            title: t('steeringCommittee.name'),
            render: (_, r) => (
              <Flex vertical>
                <Link to={`/steering-committees/${r.id}`} data-testid={`steering-committee-open-${r.id}`}>
                  {r.name}
                </Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[r.decisionNumber, formatDate(r.establishedOn)].filter(Boolean).join(' · ')}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'head',
            title: t('steeringCommittee.head'),
            width: 180,
            responsive: ['lg'],
            render: (_, r) =>
              r.head ?? <Typography.Text type="warning">{t('steeringCommittee.noHead')}</Typography.Text>,
          },
          {
            key: 'members',
            title: t('steeringCommittee.activeMembers'),
            width: 110,
            align: 'right',
            render: (_, r) => formatNumber(r.activeMembers),
          },
        ]}
      />
      {creating && (
        <CommitteeFormModal
          onClose={() => setCreating(false)}
          onDone={(c) => navigate(`/steering-committees/${c.id}`)}
        />
      )}
    </Card>
  );
}
