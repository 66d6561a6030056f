import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { classifications } from '../../../common/criteria/schemas.ts';
import type { DashboardView } from '../../../common/evaluation/schemas.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { classColors } from './tags.tsx';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** Decided classes by child unit, stacked, with the units not yet decided in grey. */
export function ClassChart({ view, onPick }: { view: DashboardView; onPick: (unitId: number) => void }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => view.children.filter((c) => c.counts.units > 0), [view]);
  const height = Math.max(160, rows.length * 28 + 80);

  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    const names = rows.map((r) => r.unit.name);
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => formatNumber(v) },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: names, inverse: true },
      series: [
        ...classifications.map((c) => ({
          name: view.labels[c],
          type: 'bar',
          stack: 'units',
          itemStyle: { color: classColors[c] },
          data: rows.map((r) => r.counts.byClass[c] ?? 0),
        })),
        {
          name: t('evaluation.notDecided'),
          type: 'bar',
          stack: 'units',
          itemStyle: { color: '#d9d9d9' },
          data: rows.map((r) => r.counts.units - r.counts.decided),
        },
      ],
    });
    chart.on('click', (p) => {
      const row = rows[p.dataIndex];
      if (row) onPick(row.unit.id);
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [rows, view.labels, t, onPick]);

  if (!rows.length) return null;
  return <div ref={ref} style={{ width: '100%', height }} data-testid="class-chart" />;
}
