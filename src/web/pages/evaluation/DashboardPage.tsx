import { CaretDownFilled, CaretUpFilled, LeftOutlined, RightOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Flex, InputNumber, Row, Skeleton, Table, Typography } from 'antd';
import { type HTMLAttributes, useCallback } from 'react';
import { Link } from 'react-router';
import { type Classification, classifications } from '../../../common/criteria/schemas.ts';
import type { Counts, DashboardView } from '../../../common/evaluation/schemas.ts';
import { DrillCrumbs } from '../../components/DrillCrumbs.tsx';
import { UnitField } from '../../components/UnitField.tsx';
import { formatNumber, formatShare } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { ClassChart } from './ClassChart.tsx';
import { classColors } from './tags.tsx';
import { useDashboard } from './useEvaluation.ts';
import { useYearUnit } from './useYearUnit.ts';

const share = (n: number, of: number) => (of > 0 ? n / of : null);
const notSubmitted = (c: Counts) => (c.byStatus.notStarted ?? 0) + (c.byStatus.draft ?? 0);

/**
 * Results of one unit's subtree for one year, against the year before:
 * classes, the title, late units and plans; a chart and a table of the child
 * units, each of which drills down.
 */
export function DashboardPage() {
  const t = useT();
  const { unitId, year, set } = useYearUnit();
  const dash = useDashboard(unitId, year);
  const pick = useCallback((id: number) => set({ unitId: id }), [set]);

  return (
    <Flex vertical gap={16} data-testid="dashboard">
      <Card size="small">
        <Flex wrap gap={12} align="center">
          <div style={{ minWidth: 260, flex: '1 1 260px', maxWidth: 420 }}>
            <UnitField id="dashboard-unit" value={unitId} onChange={(v) => v && set({ unitId: v })} />
          </div>
          <Flex gap={4} align="center">
            <Button
              icon={<LeftOutlined />}
              onClick={() => set({ year: year - 1 })}
              aria-label={t('evaluation.prevYear')}
            />
            <InputNumber<number>
              value={year}
              min={2000}
              max={2100}
              prefix={t('evaluation.year')}
              onChange={(v) => v && set({ year: v })}
              style={{ width: 140 }}
              data-testid="dashboard-year"
            />
            <Button
              icon={<RightOutlined />}
              onClick={() => set({ year: year + 1 })}
              aria-label={t('evaluation.nextYear')}
            />
          </Flex>
          {unitId && (
            <Link to={`/evaluations/review?unitId=${unitId}&year=${year}`} data-testid="dashboard-review-link">
              <Button icon={<UnorderedListOutlined />}>{t('evaluation.reviewList')}</Button>
            </Link>
          )}
        </Flex>
      </Card>
      {unitId && <DrillCrumbs unitId={unitId} onPick={pick} />}
      {dash.error && <Alert type="error" showIcon title={dash.error.message} />}
      {dash.isPending && unitId && <Skeleton active />}
      {dash.data && <DashboardBody view={dash.data} onPick={pick} />}
    </Flex>
  );
}

function Delta({
  now,
  before,
  asShare,
  upIsBad,
}: {
  now: number | null;
  before: number | null | undefined;
  asShare?: boolean;
  upIsBad?: boolean;
}) {
  const t = useT();
  if (before == null || now == null) return null;
  const diff = asShare ? Math.round((now - before) * 1000) / 10 : now - before;
  if (diff === 0) return <Typography.Text type="secondary">{t('evaluation.noChange')}</Typography.Text>;
  const up = diff > 0;
  const color = up !== !!upIsBad ? '#389e0d' : '#c8102e';
  const text = `${formatNumber(Math.abs(diff))}${asShare ? ` ${t('evaluation.percentPoints')}` : ''}`;
  return (
    <Typography.Text style={{ color }} data-testid="delta">
      {up ? <CaretUpFilled /> : <CaretDownFilled />} {text}
    </Typography.Text>
  );
}

function Figure(props: {
  label: string;
  value: number;
  sub?: string;
  prev?: number | null;
  color?: string;
  upIsBad?: boolean;
  testId?: string;
}) {
  const t = useT();
  return (
    <Card size="small" style={{ height: '100%', borderTop: `3px solid ${props.color ?? '#1d4fa3'}` }}>
      <Typography.Text type="secondary">{props.label}</Typography.Text>
      <Flex align="baseline" gap={8} wrap>
        <Typography.Text
          strong
          style={{ fontSize: 26, color: props.color }}
          data-testid={props.testId}
          data-value={props.value}
        >
          {formatNumber(props.value)}
        </Typography.Text>
        {props.sub && <Typography.Text type="secondary">{props.sub}</Typography.Text>}
      </Flex>
      {props.prev !== undefined && (
        <Flex gap={6} wrap style={{ fontSize: 12 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('evaluation.vsPrevious')}
          </Typography.Text>
          <Delta now={props.value} before={props.prev} upIsBad={props.upIsBad} />
        </Flex>
      )}
    </Card>
  );
}

function DashboardBody({ view, onPick }: { view: DashboardView; onPick: (id: number) => void }) {
  const t = useT();
  const c = view.current;
  const p = view.previous;
  const badClass = (k: Classification) => k === 'average' || k === 'weak';
  const figures = [
    { key: 'units', label: t('evaluation.figUnits'), value: c.units, prev: p?.units },
    {
      key: 'decided',
      label: t('evaluation.figDecided'),
      value: c.decided,
      sub: formatShare(share(c.decided, c.units)),
      prev: p?.decided,
    },
    ...classifications.map((k) => ({
      key: k,
      label: view.labels[k],
      value: c.byClass[k] ?? 0,
      sub: formatShare(share(c.byClass[k] ?? 0, c.decided)),
      prev: p ? (p.byClass[k] ?? 0) : p,
      color: classColors[k],
      upIsBad: badClass(k),
      testId: `dashboard-class-${k}`,
    })),
    {
      key: 'title',
      label: t('evaluation.figTitle'),
      value: c.titleHolders,
      sub: formatShare(share(c.titleHolders, c.units)),
      prev: p?.titleHolders,
      testId: 'dashboard-title',
    },
    {
      key: 'late',
      label: t('evaluation.figLate'),
      value: c.late,
      prev: p?.late,
      upIsBad: true,
      color: '#c8102e',
      testId: 'dashboard-late',
    },
    {
      key: 'notSubmitted',
      label: t('evaluation.figNotSubmitted'),
      value: notSubmitted(c),
      prev: p ? notSubmitted(p) : p,
      upIsBad: true,
    },
    {
      key: 'plans',
      label: t('evaluation.figPlansMissing'),
      value: c.plansMissing,
      sub: t('evaluation.figPlansOf', {
        required: formatNumber(c.plansRequired),
        overdue: formatNumber(c.plansOverdue),
      }),
      prev: p?.plansMissing,
      upIsBad: true,
      testId: 'dashboard-plans-missing',
    },
  ];

  return (
    <>
      <Typography.Title level={4} style={{ margin: 0 }} data-testid="dashboard-title-unit">
        {t('evaluation.dashboardTitle', { unit: view.unit.name, year: view.year })}
      </Typography.Title>
      {!p && <Typography.Text type="secondary">{t('evaluation.noPrevious', { year: view.year - 1 })}</Typography.Text>}
      {c.units === 0 ? (
        <Empty description={t('evaluation.dashboardEmpty')} />
      ) : (
        <Row gutter={[12, 12]}>
          {figures.map(({ key, ...f }) => (
            <Col key={key} xs={12} md={8} xl={6} xxl={4}>
              <Figure {...f} />
            </Col>
          ))}
        </Row>
      )}
      {view.children.length > 0 && (
        <Card title={t('evaluation.byChild')}>
          <ClassChart view={view} onPick={onPick} />
          <ChildTable view={view} onPick={onPick} />
        </Card>
      )}
    </>
  );
}

function ChildTable({ view, onPick }: { view: DashboardView; onPick: (id: number) => void }) {
  const t = useT();
  type Child = DashboardView['children'][number];
  const deeper = (r: Child) => r.counts.units > (r.evaluated ? 1 : 0);
  return (
    <Table<Child>
      size="small"
      rowKey={(r) => r.unit.id}
      dataSource={view.children}
      pagination={view.children.length > 50 ? { pageSize: 50 } : false}
      scroll={{ x: 'max-content' }}
      style={{ marginTop: 12 }}
      data-testid="dashboard-children"
      onRow={(r) => ({ 'data-testid': `dashboard-child-${r.unit.id}` }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          key: 'unit',
          title: t('evaluation.unit'),
          render: (_, r) =>
            deeper(r) ? (
              <Typography.Link onClick={() => onPick(r.unit.id)} data-testid={`drill-${r.unit.id}`}>
                {r.unit.name}
              </Typography.Link>
            ) : (
              <Link to={`/evaluations/units/${r.unit.id}/${view.year}`}>{r.unit.name}</Link>
            ),
        },
        {
          key: 'units',
          title: t('evaluation.figUnits'),
          align: 'right',
          render: (_, r) => formatNumber(r.counts.units),
        },
        {
          key: 'decided',
          title: t('evaluation.figDecided'),
          align: 'right',
          render: (_, r) => formatNumber(r.counts.decided),
        },
        ...classifications.map((k) => ({
          key: k,
          title: view.labels[k],
          align: 'right' as const,
          render: (_: unknown, r: Child) => formatNumber(r.counts.byClass[k] ?? 0),
        })),
        {
          key: 'title',
          title: t('evaluation.figTitleShare'),
          align: 'right',
          render: (_, r) => formatShare(share(r.counts.titleHolders, r.counts.units)),
        },
        { key: 'late', title: t('evaluation.figLate'), align: 'right', render: (_, r) => formatNumber(r.counts.late) },
        {
          key: 'plans',
          title: t('evaluation.figPlansMissing'),
          align: 'right',
          render: (_, r) => formatNumber(r.counts.plansMissing),
        },
      ]}
    />
  );
}
