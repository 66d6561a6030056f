import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Grid, Input, Select, Table, type TableColumnsType, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { RegistryUnit } from '../../../common/registry/schemas.ts';
import type { Query } from '../../api/client.ts';
import { DATE_FORMAT, formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { UnitPicker } from '../UnitPicker.tsx';
import { isoOf } from './dates.ts';
import { ImportModal } from './ImportModal.tsx';
import { RecordStatus } from './RecordStatus.tsx';
import { fileUrl, useRecords } from './useRegistry.ts';

export type RegistryRow = {
  id: number;
  unit: RegistryUnit;
  closedOn: string | null;
  closeReason: string | null;
};

export type RegistryListProps<T extends RegistryRow> = {
  /** API base, e.g. '/api/initiatives' */
  base: string;
  /** data-testid prefix */
  testId: string;
  /** the registry's own columns; the unit and status columns are added */
  columns: TableColumnsType<T>;
  searchPlaceholder: string;
  /** the registry's extra filters: their query values and their controls */
  filters?: { value: Query; node: ReactNode };
  canManage: boolean;
  newLabel?: string;
  onNew?: () => void;
  importTitle: string;
};

/**
 * A registry list as every registry shows it: unit (kept in the address),
 * words, status and period filters; server-side pages; export of the filtered
 * list; import with the template; a "new" button for those who may add.
 */
export function RegistryList<T extends RegistryRow>(props: RegistryListProps<T>) {
  const { base, testId, canManage } = props;
  const t = useT();
  const phone = !Grid.useBreakpoint().sm;
  const [params, setParams] = useSearchParams();
  const unitId = Number(params.get('unitId')) || undefined;
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<'open' | 'closed' | 'all'>(params.get('from') ? 'all' : 'open');
  // a link from a statistics figure carries the period (?from=&to=, yyyy-MM-dd) so the list shows those records
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(() =>
    params.get('from') ? [dayjs(params.get('from')), params.get('to') ? dayjs(params.get('to')) : null] : null,
  );
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [importing, setImporting] = useState(false);
  const filter: Query = {
    unitId,
    q: q.trim() || undefined,
    status,
    from: isoOf(range?.[0]) ?? undefined,
    to: isoOf(range?.[1]) ?? undefined,
    ...props.filters?.value,
  };
  const list = useRecords<T>(base, { ...filter, ...page });
  const first = () => setPage((p) => ({ ...p, page: 1 }));
  const setUnit = (id: number | undefined) => {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (id) next.set('unitId', String(id));
      else next.delete('unitId');
      return next;
    });
    first();
  };
  const columns: TableColumnsType<T> = [
    ...props.columns,
    {
      key: 'unit',
      title: t('registry.unit'),
      responsive: ['md'],
      render: (_, r) => (
        <Flex vertical>
          <span>{r.unit.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.unit.pathNames.slice(-1).join(' › ')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('registry.status'),
      width: 150,
      responsive: ['sm'],
      render: (_, r) => <RecordStatus closedOn={r.closedOn} reason={r.closeReason} />,
    },
  ];
  return (
    <>
      <Flex wrap gap={8} style={{ marginBottom: 16 }} justify="space-between">
        <Flex wrap gap={8} align="center">
          <UnitPicker
            value={unitId ?? null}
            onChange={(u) => setUnit(u?.id)}
            placeholder={t('registry.filterUnit')}
            style={{ width: 280, maxWidth: '100%' }}
            data-testid={`${testId}-filter-unit`}
          />
          <Input.Search
            allowClear
            placeholder={props.searchPlaceholder}
            onSearch={(v) => {
              setQ(v);
              first();
            }}
            style={{ width: 240 }}
            data-testid={`${testId}-search`}
          />
          <Select
            value={status}
            onChange={(v) => {
              setStatus(v);
              first();
            }}
            style={{ width: 150 }}
            options={(['open', 'closed', 'all'] as const).map((v) => ({ value: v, label: t(`registry.status.${v}`) }))}
            data-testid={`${testId}-status`}
          />
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            value={range}
            onChange={(v) => {
              setRange(v);
              first();
            }}
            placeholder={[t('registry.from'), t('registry.to')]}
            style={{ width: 260 }}
          />
          {props.filters?.node}
        </Flex>
        <Flex wrap gap={8}>
          <Button
            icon={<DownloadOutlined />}
            href={fileUrl(`${base}/export.xlsx`, filter)}
            data-testid={`${testId}-export`}
          >
            {t('registry.export')}
          </Button>
          {canManage && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid={`${testId}-import`}>
              {t('registry.import')}
            </Button>
          )}
          {canManage && props.onNew && (
            <Button type="primary" icon={<PlusOutlined />} onClick={props.onNew} data-testid={`${testId}-new`}>
              {props.newLabel}
            </Button>
          )}
        </Flex>
      </Flex>
      <Table<T>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={phone ? undefined : { x: 720 }}
        locale={list.error ? { emptyText: list.error.message } : undefined}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total: formatNumber(total) }),
          onChange: (p, s) => setPage({ page: s === page.pageSize ? p : 1, pageSize: s }),
        }}
        data-testid={`${testId}-table`}
      />
      {importing && (
        <ImportModal base={base} title={props.importTitle} unitId={unitId} onClose={() => setImporting(false)} />
      )}
    </>
  );
}
