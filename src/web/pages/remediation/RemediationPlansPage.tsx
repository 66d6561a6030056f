import { Card, Flex, InputNumber, Select, Table, type TableColumnsType, Tabs, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import type { MissingRow, PlanRow } from '../../../common/remediation/schemas.ts';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { ClassLabelTag, PlanStatusTag } from './tags.tsx';
import { type PlanListParams, usePlanList } from './useRemediation.ts';

type Tab = 'plans' | 'missing';
type UnitCell = PlanRow['unit'];

const sheetLink = (unitId: number, year: number) => `/evaluations/units/${unitId}/${year}`;

/**
 * Every remediation plan under the user's units, overdue ones first and in
 * red; and the Average/Weak results still waiting for a plan. Filters live in
 * the address so a link shows the same list.
 */
export function RemediationPlansPage() {
  const t = useT();
  const planColumns = usePlanColumns();
  const missingColumns = useMissingColumns();
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'missing' ? 'missing' : 'plans';
  const num = (k: string) => Number(params.get(k)) || undefined;
  const query: PlanListParams = {
    unitId: num('unitId'),
    year: num('year'),
    status: (params.get('status') as PlanListParams['status']) || undefined,
    overdue: (params.get('overdue') as PlanListParams['overdue']) || undefined,
    page: num('page') ?? 1,
    pageSize: num('pageSize') ?? 20,
  };
  const list = usePlanList(
    tab === 'missing'
      ? { unitId: query.unitId, year: query.year, missing: 'true', page: query.page, pageSize: query.pageSize }
      : query,
  );
  const set = (patch: Record<string, string | number | null | undefined>, keepPage = false) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(patch)) {
        if (v === null || v === undefined || v === '') next.delete(k);
        else next.set(k, String(v));
      }
      if (!keepPage) next.delete('page');
      return next;
    });

  const pagination = {
    current: query.page,
    pageSize: query.pageSize,
    total: list.data?.total ?? 0,
    showSizeChanger: true,
    showTotal: (total: number) => t('common.total', { total: formatNumber(total) }),
    onChange: (page: number, size: number) => set({ page: size === query.pageSize ? page : 1, pageSize: size }, true),
  };
  const plans = list.data?.kind === 'plans' ? list.data.items : [];
  const missing = list.data?.kind === 'missing' ? list.data.items : [];

  return (
    <Card title={t('nav.remediationPlans')}>
      <Flex wrap gap={8} style={{ marginBottom: 16 }} data-testid="remediation-filters">
        <UnitPicker
          value={query.unitId ?? null}
          onChange={(u) => set({ unitId: u?.id })}
          placeholder={t('remediation.filterUnit')}
          style={{ width: 300 }}
          data-testid="remediation-filter-unit"
        />
        <InputNumber
          min={2000}
          max={2100}
          value={query.year}
          placeholder={t('remediation.filterYear')}
          onChange={(y) => set({ year: y ?? undefined })}
          style={{ width: 120 }}
          data-testid="remediation-filter-year"
        />
        {tab === 'plans' && (
          <>
            <Select
              allowClear
              placeholder={t('remediation.status')}
              value={query.status}
              onChange={(status?: string) => set({ status })}
              style={{ width: 170 }}
              options={(['open', 'completed'] as const).map((s) => ({
                value: s,
                label: t(`remediation.planStatus.${s}`),
              }))}
              data-testid="remediation-filter-status"
            />
            <Select
              allowClear
              placeholder={t('remediation.filterOverdue')}
              value={query.overdue}
              onChange={(overdue?: string) => set({ overdue })}
              style={{ width: 170 }}
              options={[
                { value: 'true', label: t('remediation.overdueOnly') },
                { value: 'false', label: t('remediation.onTimeOnly') },
              ]}
              data-testid="remediation-filter-overdue"
            />
          </>
        )}
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(k) => set({ tab: k === 'missing' ? 'missing' : null, status: null, overdue: null })}
        items={[
          {
            key: 'plans',
            label: t('remediation.tabPlans'),
            children: (
              <Table<PlanRow>
                rowKey="id"
                size="middle"
                columns={planColumns}
                dataSource={plans}
                loading={list.isFetching}
                scroll={{ x: 900 }}
                locale={list.error ? { emptyText: list.error.message } : undefined}
                onRow={(r) => (r.overdue ? { style: { background: '#fff1f0' }, 'data-overdue': 'true' } : {})}
                pagination={pagination}
                data-testid="remediation-plans-table"
              />
            ),
          },
          {
            key: 'missing',
            label: t('remediation.tabMissing'),
            children: (
              <Table<MissingRow>
                rowKey="evaluationId"
                size="middle"
                columns={missingColumns}
                dataSource={missing}
                loading={list.isFetching}
                scroll={{ x: 900 }}
                locale={list.error ? { emptyText: list.error.message } : { emptyText: t('remediation.noneMissing') }}
                pagination={pagination}
                data-testid="remediation-missing-table"
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

function UnitName({ unit, year }: { unit: UnitCell; year: number }) {
  return (
    <Flex vertical>
      <Link to={sheetLink(unit.id, year)}>{unit.name}</Link>
      {unit.pathNames.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {unit.pathNames.slice(-2).join(' › ')}
        </Typography.Text>
      )}
    </Flex>
  );
}

function usePlanColumns(): TableColumnsType<PlanRow> {
  const t = useT();
  return [
    { key: 'unit', title: t('remediation.unit'), render: (_, r) => <UnitName unit={r.unit} year={r.year} /> },
    { key: 'year', title: t('remediation.year'), dataIndex: 'year', width: 70 },
    {
      key: 'class',
      title: t('remediation.class'),
      render: (_, r) => <ClassLabelTag value={r.classification} label={r.classificationLabel} />,
    },
    {
      key: 'due',
      title: t('remediation.dueDate'),
      render: (_, r) => (
        <Typography.Text type={r.overdue ? 'danger' : undefined}>{formatDate(r.dueDate)}</Typography.Text>
      ),
    },
    {
      key: 'responsible',
      title: t('remediation.responsibleName'),
      responsive: ['md'],
      width: 220,
      render: (_, r) => (
        <Flex vertical>
          {r.responsibleName}
          {r.responsiblePosition && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.responsiblePosition}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'progress',
      title: t('remediation.progress'),
      render: (_, r) => t('remediation.progressOf', { done: r.progress.done, total: r.progress.total }),
    },
    {
      key: 'status',
      title: t('remediation.status'),
      render: (_, r) => <PlanStatusTag status={r.status} overdue={r.overdue} />,
    },
  ];
}

function useMissingColumns(): TableColumnsType<MissingRow> {
  const t = useT();
  return [
    { key: 'unit', title: t('remediation.unit'), render: (_, r) => <UnitName unit={r.unit} year={r.year} /> },
    { key: 'year', title: t('remediation.year'), dataIndex: 'year', width: 70 },
    {
      key: 'class',
      title: t('remediation.class'),
      render: (_, r) => <ClassLabelTag value={r.classification} label={r.classificationLabel} />,
    },
    {
      key: 'decision',
      title: t('remediation.decision'),
      render: (_, r) =>
        r.decisionNumber
          ? t('remediation.decisionOf', { number: r.decisionNumber, date: formatDate(r.decisionDate) })
          : '—',
    },
    {
      key: 'open',
      title: '',
      render: (_, r) => <Link to={sheetLink(r.unit.id, r.year)}>{t('remediation.fileNow')}</Link>,
    },
  ];
}
