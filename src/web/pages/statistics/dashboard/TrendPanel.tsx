import { Card } from 'antd';
import { useMemo, useState } from 'react';
import type { Indicator } from '../../../../common/statistics/schemas.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { useI18n, useT } from '../../../i18n/I18nProvider.tsx';
import { useTrend } from '../useStatistics.ts';
import { EChart } from './EChart.tsx';
import { indicatorName } from './format.ts';
import { IndicatorSelect } from './IndicatorSelect.tsx';

/** Year-by-year line of one indicator; a single year shows the five years up to it. */
export function TrendPanel(props: { unitId: number; from: string; to: string; byCode: Map<string, Indicator> }) {
  const t = useT();
  const { lang } = useI18n();
  const [code, setCode] = useState('campaignParticipants');
  const toYear = Number(props.to.slice(0, 4));
  const fromYear = Math.min(Number(props.from.slice(0, 4)), toYear - 4);
  const trend = useTrend(props.unitId, String(fromYear), String(toYear), [code]);
  const i = props.byCode.get(code);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatNumber(v) },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: (trend.data?.years ?? []).map((y) => String(y.year)) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) } },
      series: [
        {
          name: indicatorName(i, lang, code),
          type: i?.aggregation === 'stock' ? 'line' : 'bar',
          itemStyle: { color: '#1d4fa3' },
          data: (trend.data?.years ?? []).map((y) => y.values[code] ?? 0),
        },
      ],
    }),
    [trend.data, code, i, lang],
  );
  return (
    <Card
      size="small"
      title={t('statistics.trend')}
      extra={<IndicatorSelect value={code} onChange={setCode} byCode={props.byCode} testId="trend-indicator" />}
    >
      <EChart option={option} height={260} testId="trend-chart" />
    </Card>
  );
}
