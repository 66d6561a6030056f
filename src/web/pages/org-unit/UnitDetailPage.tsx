import { HomeOutlined } from '@ant-design/icons';
import { Breadcrumb, Card, Flex, Skeleton, Tabs, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { UnitDetail } from '../../../common/org-unit/schemas.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { UnitStatusTag } from '../../components/UnitStatusTag.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { ChildUnitsTable } from './ChildUnitsTable.tsx';
import { LineageTable } from './LineageTable.tsx';
import { UnitActions } from './UnitActions.tsx';
import { UnitInfo } from './UnitInfo.tsx';
import { useUnit } from './useUnits.ts';

export function UnitDetailPage() {
  const id = Number(useParams().id);
  const unit = useUnit(Number.isInteger(id) && id > 0 ? id : null);
  if (unit.error) return <LoadError error={unit.error} />;
  if (!unit.data) return <Skeleton active />;
  return <UnitView key={unit.data.id} unit={unit.data} />;
}

function UnitView({ unit }: { unit: UnitDetail }) {
  const t = useT();
  const crumbs = [
    {
      key: 'home',
      title: (
        <Link to="/units" aria-label={t('nav.units')}>
          <HomeOutlined />
        </Link>
      ),
    },
    ...unit.ancestors.map((a) => ({ key: a.id, title: <Link to={`/units/${a.id}`}>{a.name}</Link> })),
    { key: unit.id, title: unit.name },
  ];
  const tabs = [
    {
      key: 'children',
      label: t('unit.tabChildren'),
      children: <ChildUnitsTable parent={unit} group="administrative" testId="unit-children" />,
    },
    {
      key: 'institutions',
      label: t('unit.tabInstitutions'),
      children: <ChildUnitsTable parent={unit} group="institution" testId="unit-institutions" />,
    },
    { key: 'lineage', label: t('unit.tabLineage'), children: <LineageTable unitId={unit.id} /> },
  ];
  return (
    <Flex vertical gap={16} data-testid="unit-detail" data-unit-id={unit.id}>
      <Breadcrumb items={crumbs} data-testid="unit-breadcrumb" />
      <Card>
        <Flex wrap justify="space-between" align="center" gap={12} style={{ marginBottom: 16 }}>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="unit-name">
              {unit.name}
            </Typography.Title>
            <UnitStatusTag status={unit.status} />
          </Flex>
          {unit.can.manage && <UnitActions unit={unit} />}
        </Flex>
        <UnitInfo unit={unit} />
      </Card>
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs items={tabs} destroyOnHidden />
      </Card>
    </Flex>
  );
}
