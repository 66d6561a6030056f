import { MapChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import type { BreakdownResult, ChildBoundaries } from '../../../../common/statistics/schemas.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { EChart } from './EChart.tsx';

echarts.use([MapChart, VisualMapComponent]);

/**
 * The child units coloured by one indicator, on the boundaries an
 * administrator loaded; a click goes down into the unit.
 */
export function ChoroplethMap(props: {
  mapKey: string;
  boundaries: ChildBoundaries;
  rows: BreakdownResult['rows'];
  code: string;
  onPick: (unitId: number) => void;
}) {
  const { mapKey, boundaries, rows, code, onPick } = props;
  const { option, pick } = useMemo(() => {
    // echarts keys regions by name; the unit id makes names unique
    const named = {
      ...boundaries,
      features: boundaries.features.map((f) => ({
        ...f,
        properties: { ...f.properties, name: String(f.properties.unitId) },
      })),
    };
    echarts.registerMap(mapKey, named as unknown as Parameters<typeof echarts.registerMap>[1]);
    const data = rows.map((r) => ({ name: String(r.unit.id), value: r.values[code] ?? 0, label: r.unit.name }));
    const max = Math.max(1, ...data.map((d) => d.value));
    return {
      pick: (i: number) => data[i] && onPick(Number(data[i].name)),
      option: {
        tooltip: {
          trigger: 'item',
          formatter: (p: { data?: { label: string; value: number } }) =>
            p.data ? `${p.data.label}: ${formatNumber(p.data.value)}` : '',
        },
        visualMap: { min: 0, max, left: 8, bottom: 8, calculable: true, inRange: { color: ['#e6f0ff', '#1d4fa3'] } },
        series: [{ type: 'map', map: mapKey, roam: true, data, label: { show: false } }],
      },
    };
  }, [mapKey, boundaries, rows, code, onPick]);
  return <EChart option={option} height={420} onPick={pick} testId="choropleth" />;
}
