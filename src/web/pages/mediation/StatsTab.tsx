import { Alert, DatePicker, Flex, Statistic, Table, type TableColumnsType, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Figures, MediationStats } from '../../../common/mediation/schemas.ts';
import { DATE_FORMAT, formatDate, formatNumber, toIsoDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useStats } from './useMediation.ts';

const percent = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
/** 0.888… → "89%": whole percents, Vietnamese grouping. */
export const formatRate = (r: number | null) => (r === null ? '—' : `${percent.format(r * 100)}%`);

type Row = Figures & { key: string; name: string };

/** Figures by child unit for a period; the rate's definition is spelled out under the table. */
export function StatsTab({ unitId }: { unitId?: number }) {
  const t = useT();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs()]);
  const stats = useStats({ unitId, from: toIsoDate(range[0]), to: toIsoDate(range[1]) });
  const d = stats.data;
  const n = (k: keyof Figures) => ({
    key: k,
    title: t(`mediation.stats.${k as 'teams'}`),
    align: 'right' as const,
    render: (_: unknown, r: Row) => formatNumber(r[k] as number),
  });
  const columns: TableColumnsType<Row> = [
    { key: 'name', title: t('mediation.stats.unit'), render: (_, r) => r.name, fixed: 'left', width: 180 },
    n('teams'),
    n('mediators'),
    n('women'),
    n('received'),
    ...outcomesCols(t),
    n('open'),
    {
      key: 'rate',
      title: t('mediation.stats.rate'),
      align: 'right',
      render: (_, r) => <strong>{formatRate(r.successRate)}</strong>,
    },
  ];
  const rows: Row[] = d
    ? [
        ...d.children.map((c) => ({ ...c, key: String(c.unit.id), name: c.unit.name })),
        { ...d.total, key: 'total', name: t('mediation.stats.total') },
      ]
    : [];
  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8} align="center">
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          allowClear={false}
          value={range}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
          data-testid="mediation-stats-period"
        />
      </Flex>
      {stats.error && <Alert type="error" showIcon title={stats.error.message} />}
      {d && <Headline stats={d} />}
      <Table<Row>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={stats.isFetching}
        pagination={false}
        scroll={{ x: 900 }}
        onRow={(r) => (r.key === 'total' ? { style: { fontWeight: 600, background: '#fafafa' } } : {})}
        data-testid="mediation-stats-table"
      />
      <Typography.Text type="secondary" data-testid="mediation-rate-note">
        {t('mediation.stats.rateNote')}
      </Typography.Text>
    </Flex>
  );
}

function outcomesCols(t: ReturnType<typeof useT>) {
  return (['succeeded', 'failed', 'withdrawn'] as const).map((o) => ({
    key: o,
    title: t(`mediation.outcome.${o}`),
    align: 'right' as const,
    render: (_: unknown, r: Row) => formatNumber(r[o]),
  }));
}

function Headline({ stats }: { stats: MediationStats }) {
  const t = useT();
  const s = stats.total;
  return (
    <Flex vertical gap={8}>
      <Typography.Text strong>
        {stats.unit.name} · {t('mediation.stats.period', { from: formatDate(stats.from), to: formatDate(stats.to) })}
      </Typography.Text>
      <Flex wrap gap={32} data-testid="mediation-stats-headline">
        <Statistic title={t('mediation.stats.teams')} value={formatNumber(s.teams)} />
        <Statistic
          title={t('mediation.stats.mediators')}
          value={`${formatNumber(s.mediators)} (${formatNumber(s.women)} ${t('mediation.stats.women').toLowerCase()})`}
        />
        <Statistic title={t('mediation.stats.received')} value={formatNumber(s.received)} />
        <Statistic title={t('mediation.stats.rate')} value={formatRate(s.successRate)} />
      </Flex>
    </Flex>
  );
}
