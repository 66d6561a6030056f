import {
  BarChartOutlined,
  EditOutlined,
  FileDoneOutlined,
  PlusOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CycleView } from '../../../common/evaluation/schemas.ts';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useCan, useCurrentUser } from '../auth/useAuth.ts';
import { EditCycleModal, OpenCycleModal } from './CycleModals.tsx';
import { ProvenanceTag } from './tags.tsx';
import { useCycles } from './useEvaluation.ts';
import { homeUnitOf, thisYear } from './useYearUnit.ts';

type Target = CycleView['targets'][number];

/** The evaluation years the user can see, their sets and deadlines, and where to go from each. */
export function EvaluationHomePage() {
  const t = useT();
  const can = useCan();
  const me = useCurrentUser();
  const cycles = useCycles();
  const [opening, setOpening] = useState(false);
  const [editing, setEditing] = useState<CycleView | null>(null);
  const home = homeUnitOf(me);
  const ownUnits = me.grants.filter((g) => g.role === 'representative').map((g) => g.unit);
  const years = [...new Set((cycles.data ?? []).map((c) => c.year))];
  const year = years.includes(thisYear()) ? thisYear() : (years[0] ?? thisYear());

  return (
    <Flex vertical gap={16} data-testid="evaluation-home">
      {ownUnits.length > 0 && (
        <Card size="small" style={{ borderInlineStart: '4px solid #1d4fa3' }}>
          <Flex vertical gap={8}>
            <Typography.Text strong>{t('evaluation.mySheets', { year })}</Typography.Text>
            <Flex gap={8} wrap>
              {ownUnits.map((u) => (
                <Link key={u.id} to={`/evaluations/units/${u.id}/${year}`} data-testid="my-sheet-link">
                  <Button type="primary" icon={<FileDoneOutlined />}>
                    {t('evaluation.openMySheet', { unit: u.name })}
                  </Button>
                </Link>
              ))}
            </Flex>
          </Flex>
        </Card>
      )}
      <Card
        title={t('evaluation.cyclesTitle')}
        extra={
          can('evaluation.open') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)} data-testid="open-cycle">
              {t('evaluation.openCycle')}
            </Button>
          )
        }
      >
        {cycles.error && <Alert type="error" showIcon title={cycles.error.message} />}
        {cycles.isPending && <Skeleton active />}
        {cycles.data?.length === 0 && <Empty description={t('evaluation.noCycles')} />}
        <Flex vertical gap={16}>
          {cycles.data?.map((c) => (
            <CycleCard key={c.id} cycle={c} homeUnit={home} onEdit={() => setEditing(c)} />
          ))}
        </Flex>
      </Card>
      {opening && <OpenCycleModal cycles={cycles.data ?? []} onClose={() => setOpening(false)} />}
      {editing && <EditCycleModal cycle={editing} onClose={() => setEditing(null)} />}
    </Flex>
  );
}

function CycleCard({ cycle, homeUnit, onEdit }: { cycle: CycleView; homeUnit: number | null; onEdit: () => void }) {
  const t = useT();
  const me = useCurrentUser();
  // A user above the province looks from the province; one inside it from their own unit.
  const above = me.grants.some((g) => g.unit.id === cycle.unit.id || g.unit.level === 'national');
  const unitId = above ? cycle.unit.id : homeUnit;
  const q = `unitId=${unitId}&year=${cycle.year}`;
  return (
    <Card
      type="inner"
      data-testid={`cycle-${cycle.year}-${cycle.unit.id}`}
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {t('evaluation.cycleTitle', { year: cycle.year })}
          </Typography.Text>
          <Typography.Text type="secondary">{cycle.unit.name}</Typography.Text>
          <Tag color={cycle.status === 'open' ? 'green' : 'default'}>{t(`evaluation.cycleStatus.${cycle.status}`)}</Tag>
        </Flex>
      }
      extra={
        <Flex gap={8} wrap>
          <Link to={`/evaluations/review?${q}`} data-testid="cycle-review-link">
            <Button size="small" icon={<UnorderedListOutlined />}>
              {t('evaluation.reviewList')}
            </Button>
          </Link>
          <Link to={`/evaluations/dashboard?${q}`}>
            <Button size="small" icon={<BarChartOutlined />}>
              {t('nav.evaluationDashboard')}
            </Button>
          </Link>
          {cycle.can.edit && (
            <Button size="small" icon={<EditOutlined />} onClick={onEdit} data-testid="edit-cycle">
              {t('evaluation.editDeadlines')}
            </Button>
          )}
        </Flex>
      }
    >
      <Table<Target>
        size="small"
        rowKey="unitType"
        pagination={false}
        dataSource={cycle.targets}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'type', title: t('evaluation.unitType'), render: (_, x) => t(`evaluation.unitType.${x.unitType}`) },
          {
            key: 'set',
            title: t('evaluation.criteriaSet'),
            render: (_, x) => (
              <Flex gap={6} align="center">
                <Typography.Text ellipsis={{ tooltip: x.criteriaSetName }} style={{ maxWidth: 360 }}>
                  {x.criteriaSetName}
                </Typography.Text>
                <ProvenanceTag value={x.criteriaSetProvenance} />
              </Flex>
            ),
          },
          {
            key: 'safety',
            title: t('evaluation.safetySet'),
            responsive: ['lg'],
            render: (_, x) => x.safetySetName ?? '—',
          },
          { key: 'submitBy', title: t('evaluation.submitBy'), render: (_, x) => formatDate(x.submitBy) },
          { key: 'decideBy', title: t('evaluation.decideBy'), render: (_, x) => formatDate(x.decideBy) },
          {
            key: 'level',
            title: t('evaluation.decisionLevel'),
            responsive: ['md'],
            render: (_, x) => t(`evaluation.decisionLevel.${x.decisionLevel}`),
          },
        ]}
      />
    </Card>
  );
}
