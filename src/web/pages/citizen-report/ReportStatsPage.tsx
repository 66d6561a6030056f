import { Card, Col, DatePicker, Flex, Row, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { Figures, ReportStats } from '../../../common/citizen-report/schemas.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { DATE_FORMAT, formatNumber, formatShare, toIsoDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useLabel } from './labels.tsx';
import { type StatsParams, useReportStats } from './useReports.ts';

const figureKeys = [
  'received',
  'resolved',
  'open',
  'overdueOpen',
  'resolvedLate',
  'valuableShare',
  'medianDays',
] as const;

/** Received, resolved, overdue, share valuable and median days, for a unit's subtree and a period. */
export function ReportStatsPage() {
  const t = useT();
  const label = useLabel();
  const [params, setParams] = useState<StatsParams>({});
  const stats = useReportStats(params);
  const s = stats.data;
  const show = (key: (typeof figureKeys)[number], f: Figures) => {
    const v = f[key];
    if (key === 'valuableShare') return formatShare(v);
    if (key === 'medianDays') return v === null ? '—' : t('report.stats.days', { days: String(v).replace('.', ',') });
    return formatNumber(v);
  };
  return (
    <Card title={t('report.stats')}>
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <UnitPicker
          style={{ width: 280, maxWidth: '100%' }}
          placeholder={s?.unit.name ?? t('report.stats.unit')}
          value={params.unitId ?? null}
          onChange={(u) => setParams((p) => ({ ...p, unitId: u?.id }))}
        />
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          value={s ? [dayjs(s.from), dayjs(s.to)] : undefined}
          onChange={(r) =>
            setParams((p) => ({
              ...p,
              from: r?.[0] ? toIsoDate(r[0]) : undefined,
              to: r?.[1] ? toIsoDate(r[1]) : undefined,
            }))
          }
          aria-label={t('report.stats.period')}
        />
      </Flex>
      {stats.error && <LoadError error={stats.error} />}
      {s && (
        <Flex vertical gap={16}>
          <Typography.Text type="secondary">{s.unit.name}</Typography.Text>
          <Row gutter={[12, 12]} data-testid="stats-figures">
            {figureKeys.map((k) => (
              <Col key={k} xs={12} sm={8} lg={6} xl={3}>
                <Statistic title={t(`report.stats.${k}`)} value={show(k, s.totals)} data-testid={`stat-${k}`} />
              </Col>
            ))}
          </Row>
          <Row gutter={[12, 12]}>
            <Col xs={24} md={12}>
              <CountTable
                title={t('report.stats.byCategory')}
                rows={s.byCategory}
                prefix="report.category"
                withResolved
              />
            </Col>
            <Col xs={24} md={12}>
              <CountTable title={t('report.stats.byKind')} rows={s.byKind} prefix="report.kind" />
            </Col>
          </Row>
          <Table<ReportStats['children'][number]>
            title={() => <Typography.Text strong>{t('report.stats.children')}</Typography.Text>}
            rowKey={(c) => c.unit.id}
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={s.children}
            columns={[
              { key: 'unit', title: t('report.stats.unit'), render: (_, c) => c.unit.name, fixed: 'left' },
              ...figureKeys.map((k) => ({
                key: k,
                title: t(`report.stats.${k}`),
                align: 'right' as const,
                render: (_: unknown, c: ReportStats['children'][number]) => show(k, c.figures),
              })),
            ]}
          />
          <Typography.Text type="secondary">
            {label('report.type', 'tip')}: {formatNumber(s.byType.find((x) => x.key === 'tip')?.count ?? 0)} ·{' '}
            {label('report.type', 'petition')}: {formatNumber(s.byType.find((x) => x.key === 'petition')?.count ?? 0)}
          </Typography.Text>
        </Flex>
      )}
    </Card>
  );
}

function CountTable({
  title,
  rows,
  prefix,
  withResolved,
}: {
  title: string;
  rows: { key: string; count: number; resolved?: number }[];
  prefix: string;
  withResolved?: boolean;
}) {
  const t = useT();
  const label = useLabel();
  return (
    <Table
      title={() => <Typography.Text strong>{title}</Typography.Text>}
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        { key: 'key', title, render: (_, r) => label(prefix, r.key) },
        { key: 'count', title: t('report.stats.count'), align: 'right', render: (_, r) => formatNumber(r.count) },
        ...(withResolved
          ? [
              {
                key: 'resolved',
                title: t('report.stats.resolved'),
                align: 'right' as const,
                render: (_: unknown, r: { resolved?: number }) => formatNumber(r.resolved ?? 0),
              },
            ]
          : []),
      ]}
    />
  );
}
