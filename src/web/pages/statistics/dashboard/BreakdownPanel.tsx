import { Card, Table, type TableColumnsType, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { BreakdownResult, Indicator } from '../../../../common/statistics/schemas.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { useI18n, useT } from '../../../i18n/I18nProvider.tsx';
import { useBoundaries, useBreakdown } from '../useStatistics.ts';
import { ChoroplethMap } from './ChoroplethMap.tsx';
import { EChart } from './EChart.tsx';
import { formatFigure, indicatorName } from './format.ts';
import { IndicatorSelect } from './IndicatorSelect.tsx';

const COLUMNS = [
  'tipsReceived',
  'petitionsReceived',
  'mediationSuccessRate',
  'campaigns',
  'campaignParticipants',
  'securityTeamMembers',
  'communePolice',
];
type Row = BreakdownResult['rows'][number];

/** The child units: a bar chart of one indicator and a table of the main ones; a click goes down one level. */
export function BreakdownPanel(props: {
  unitId: number;
  from: string;
  to: string;
  byCode: Map<string, Indicator>;
  onPick: (unitId: number) => void;
}) {
  const t = useT();
  const { lang } = useI18n();
  const [code, setCode] = useState('campaignParticipants');
  const codes = useMemo(() => [...new Set([code, ...COLUMNS])], [code]);
  const q = useBreakdown(props.unitId, props.from, props.to, codes);
  const rows = q.data?.rows ?? [];
  const boundaries = useBoundaries(props.unitId);
  const hasMap = (boundaries.data?.features.length ?? 0) > 0;
  const { onPick } = props;
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => formatNumber(v) },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) } },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.unit.name) },
      series: [{ type: 'bar', itemStyle: { color: '#1d4fa3' }, data: rows.map((r) => r.values[code] ?? 0) }],
    }),
    [rows, code],
  );
  const pickIndex = useMemo(() => (i: number) => rows[i] && onPick(rows[i].unit.id), [rows, onPick]);
  const columns: TableColumnsType<Row> = [
    {
      key: 'unit',
      title: t('statistics.childUnit'),
      fixed: 'left',
      render: (_, r) => (
        <Typography.Link onClick={() => onPick(r.unit.id)} data-testid="breakdown-unit">
          {r.unit.name}
        </Typography.Link>
      ),
    },
    ...codes.map((c) => ({
      key: c,
      title: indicatorName(props.byCode.get(c), lang, c),
      align: 'right' as const,
      render: (_: unknown, r: Row) => formatFigure(r.values[c], props.byCode.get(c)),
    })),
  ];
  return (
    <Card
      size="small"
      title={t('statistics.byChild')}
      data-testid="statistics-breakdown"
      extra={<IndicatorSelect value={code} onChange={setCode} byCode={props.byCode} testId="breakdown-indicator" />}
    >
      {hasMap && rows.length > 0 && (
        <ChoroplethMap
          mapKey={`unit-${props.unitId}`}
          boundaries={boundaries.data!}
          rows={rows}
          code={code}
          onPick={onPick}
        />
      )}
      {!hasMap && rows.length > 0 && (
        <EChart
          option={option}
          height={Math.max(160, rows.length * 26 + 40)}
          onPick={pickIndex}
          testId="breakdown-chart"
        />
      )}
      <Table<Row>
        rowKey={(r) => r.unit.id}
        size="small"
        loading={q.isFetching}
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50 } : false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('statistics.noChildren') }}
        summary={() =>
          q.data?.other ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('statistics.otherUnits')}</Table.Summary.Cell>
              {codes.map((c, i) => (
                <Table.Summary.Cell key={c} index={i + 1} align="right">
                  {formatFigure(q.data?.other?.[c], props.byCode.get(c))}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}
