import { DatePicker, Flex, Input, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PointView } from '../../../common/initiative/schemas.ts';
import { isoOf } from '../../components/registry/dates.ts';
import { useRecords } from '../../components/registry/useRegistry.ts';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { DATE_FORMAT, formatDate, formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { base } from './useInitiative.ts';

/**
 * Replication points under a unit, wherever their initiative was built: how a
 * ward sees the initiatives replicated into it (a point counts where it is).
 */
export function PointsList() {
  const t = useT();
  const [unitId, setUnitId] = useState<number | undefined>();
  const [q, setQ] = useState('');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useRecords<PointView>(`${base}/points`, {
    unitId,
    q: q.trim() || undefined,
    from: isoOf(range?.[0]) ?? undefined,
    to: isoOf(range?.[1]) ?? undefined,
    ...page,
  });
  const first = () => setPage((p) => ({ ...p, page: 1 }));
  return (
    <>
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <UnitPicker
          value={unitId ?? null}
          onChange={(u) => {
            setUnitId(u?.id);
            first();
          }}
          placeholder={t('registry.filterUnit')}
          style={{ width: 280, maxWidth: '100%' }}
        />
        <Input.Search
          allowClear
          placeholder={t('initiative.searchPoints')}
          onSearch={(v) => {
            setQ(v);
            first();
          }}
          style={{ width: 240 }}
        />
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          value={range}
          onChange={(v) => {
            setRange(v);
            first();
          }}
          placeholder={[t('registry.from'), t('registry.to')]}
        />
      </Flex>
      <Table<PointView>
        rowKey="id"
        size="middle"
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        data-testid="initiative-points-table"
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total: formatNumber(total) }),
          onChange: (p, s) => setPage({ page: s === page.pageSize ? p : 1, pageSize: s }),
        }}
        columns={[
          {
            key: 'unit',
            title: t('initiative.pointUnit'),
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
            key: 'initiative',
            title: t('initiative.name'),
            render: (_, r) => (
              <Flex vertical>
                <Link to={`/initiatives/${r.initiative.id}`}>{r.initiative.name}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('initiative.builtIn')}: {r.initiative.unit.name}
                </Typography.Text>
              </Flex>
            ),
          },
          { key: 'on', title: t('initiative.replicatedOn'), width: 130, render: (_, r) => formatDate(r.replicatedOn) },
          {
            key: 'teams',
            title: t('initiative.teams'),
            width: 110,
            align: 'right',
            render: (_, r) => formatNumber(r.teams),
          },
        ]}
      />
    </>
  );
}
