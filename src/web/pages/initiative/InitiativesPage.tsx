import { Card, Flex, Select, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { InitiativeView, WorkingStage } from '../../../common/initiative/schemas.ts';
import { workingStages } from '../../../domain/initiative/stage.ts';
import { RegistryList } from '../../components/registry/RegistryList.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useCan } from '../auth/useAuth.ts';
import { InitiativeFormModal } from './InitiativeForm.tsx';
import { PointsList } from './PointsList.tsx';
import { TypesAdmin } from './TypesAdmin.tsx';
import { base, stageColors, useInitiativeTypes } from './useInitiative.ts';

/** Initiatives (mô hình): the registry list, the replication points under a unit, and the type taxonomy. */
export function InitiativesPage() {
  const t = useT();
  return (
    <Card title={t('nav.initiative')}>
      <Tabs
        items={[
          { key: 'list', label: t('initiative.tab.list'), children: <InitiativeList /> },
          { key: 'points', label: t('initiative.tab.points'), children: <PointsList /> },
          { key: 'types', label: t('initiative.tab.types'), children: <TypesAdmin /> },
        ]}
      />
    </Card>
  );
}

function InitiativeList() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const { types, nameOf } = useInitiativeTypes();
  const [typeCode, setTypeCode] = useState<string | undefined>();
  const [stage, setStage] = useState<WorkingStage | undefined>();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <RegistryList<InitiativeView>
        base={base}
        testId="initiative"
        canManage={can('initiative.manage')}
        searchPlaceholder={t('initiative.search')}
        newLabel={t('initiative.new')}
        onNew={() => setCreating(true)}
        importTitle={t('initiative.importTitle')}
        filters={{
          value: { typeCode, stage },
          node: (
            <>
              <Select
                allowClear
                placeholder={t('initiative.type')}
                value={typeCode}
                onChange={setTypeCode}
                style={{ width: 220 }}
                options={types.map((x) => ({ value: x.code, label: nameOf(x.code) }))}
                data-testid="initiative-filter-type"
              />
              <Select
                allowClear
                placeholder={t('initiative.stage')}
                value={stage}
                onChange={setStage}
                style={{ width: 170 }}
                options={workingStages.map((s) => ({ value: s, label: t(`initiative.stage.${s}`) }))}
                data-testid="initiative-filter-stage"
              />
            </>
          ),
        }}
        columns={[
          {
            key: 'name',
            title: t('initiative.name'),
            render: (_, r) => (
              <Flex vertical>
                <Link to={`/initiatives/${r.id}`}>{r.name}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[nameOf(r.typeCode), r.leadOrganization].filter(Boolean).join(' · ')}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'startedOn',
            title: t('initiative.startedOn'),
            width: 110,
            render: (_, r) => formatDate(r.startedOn),
          },
          {
            key: 'stage',
            title: t('initiative.stage'),
            width: 140,
            render: (_, r) => <Tag color={stageColors[r.shownStage]}>{t(`initiative.stage.${r.shownStage}`)}</Tag>,
          },
          {
            key: 'points',
            title: t('initiative.points'),
            width: 110,
            align: 'right',
            responsive: ['lg'],
            render: (_, r) => formatNumber(r.points),
          },
        ]}
      />
      {creating && (
        <InitiativeFormModal onClose={() => setCreating(false)} onDone={(i) => navigate(`/initiatives/${i.id}`)} />
      )}
    </>
  );
}
