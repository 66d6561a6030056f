import { Card, Empty } from 'antd';
import { useMemo } from 'react';
import type { FiguresResult, Indicator } from '../../../../common/statistics/schemas.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { useI18n, useT } from '../../../i18n/I18nProvider.tsx';
import { classColors } from '../../evaluation/tags.tsx';
import { EChart } from './EChart.tsx';
import { indicatorName } from './format.ts';

const classes = ['excellent', 'good', 'average', 'weak'] as const;

/** Units classified in the range by class (the decided results of the annual evaluation). */
export function ClassPie({ data, byCode }: { data: FiguresResult; byCode: Map<string, Indicator> }) {
  const t = useT();
  const { lang } = useI18n();
  const { option, total } = useMemo(() => {
    const values = new Map(data.figures.map((f) => [f.code, f.value ?? 0]));
    const slices = classes.map((c) => ({
      name: indicatorName(byCode.get(`classified.${c}`), lang, c),
      value: values.get(`classified.${c}`) ?? 0,
      itemStyle: { color: classColors[c] },
    }));
    return {
      total: slices.reduce((s, x) => s + x.value, 0),
      option: {
        tooltip: { trigger: 'item', valueFormatter: (v: number) => formatNumber(v) },
        legend: { bottom: 0 },
        series: [
          {
            type: 'pie',
            radius: ['40%', '70%'],
            data: slices,
            label: { formatter: (p: { percent: number }) => `${formatNumber(Math.round(p.percent * 10) / 10)}%` },
          },
        ],
      },
    };
  }, [data, byCode, lang]);
  return (
    <Card size="small" title={t('statistics.classification')} data-testid="class-pie">
      {total > 0 ? <EChart option={option} height={260} /> : <Empty description={t('statistics.noClassification')} />}
    </Card>
  );
}
