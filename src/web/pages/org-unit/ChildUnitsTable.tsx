import { Flex, Input, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { UnitDetail, UnitSummary } from '../../../common/org-unit/schemas.ts';
import { UnitStatusTag } from '../../components/UnitStatusTag.tsx';
import { levelOrKindKey } from '../../components/unitLabels.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { type UnitListParams, useUnitList } from './useUnits.ts';

type Props = { parent: UnitDetail; group: 'administrative' | 'institution'; testId: string };

/** The units directly under `parent`, paginated and searched on the server. */
export function ChildUnitsTable({ parent, group, testId }: Props) {
  const t = useT();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<NonNullable<UnitListParams['status']>>('active');
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useUnitList({ parentId: parent.id, group, q: q || undefined, status, ...page });

  const columns: TableColumnsType<UnitSummary> = [
    { key: 'code', title: t('unit.code'), dataIndex: 'code', width: 100, render: (c) => c ?? t('common.none') },
    { key: 'name', title: t('unit.name'), render: (_, u) => <Link to={`/units/${u.id}`}>{u.name}</Link> },
    { key: 'level', title: t('unit.levelOrKind'), responsive: ['md'], render: (_, u) => t(levelOrKindKey(u)) },
    {
      key: 'type',
      title: t('unit.typeLabel'),
      dataIndex: 'typeLabel',
      responsive: ['lg'],
      render: (v) => v ?? t('common.none'),
    },
    { key: 'status', title: t('unit.status'), render: (_, u) => <UnitStatusTag status={u.status} /> },
    {
      key: 'children',
      title: t('unit.childCount'),
      dataIndex: 'childCount',
      align: 'right',
      responsive: ['md'],
      render: (n: number) => formatNumber(n),
    },
    { key: 'from', title: t('unit.validFrom'), dataIndex: 'validFrom', responsive: ['lg'], render: formatDate },
  ];

  return (
    <Flex vertical gap={12} data-testid={testId}>
      <Flex wrap gap={8}>
        <Input.Search
          allowClear
          placeholder={t('unit.searchPlaceholder')}
          onSearch={(v) => {
            setQ(v.trim());
            setPage((p) => ({ ...p, page: 1 }));
          }}
          style={{ maxWidth: 360 }}
          data-testid={`${testId}-search`}
        />
        <Select
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage((p) => ({ ...p, page: 1 }));
          }}
          style={{ width: 180 }}
          aria-label={t('unit.showStatus')}
          options={[
            { value: 'active', label: t('status.active') },
            { value: 'closed', label: t('status.closed') },
            { value: 'all', label: t('common.all') },
          ]}
        />
      </Flex>
      <Table<UnitSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        locale={list.error ? { emptyText: list.error.message } : undefined}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total: formatNumber(total) }),
          onChange: (p, size) => setPage({ page: size === page.pageSize ? p : 1, pageSize: size }),
        }}
      />
    </Flex>
  );
}
