import { Card, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { Figure, FiguresResult, Indicator } from '../../../../common/statistics/schemas.ts';
import { useI18n, useT } from '../../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../../i18n/messages.ts';
import { drillPath } from '../useStatistics.ts';
import { formatChange, formatFigure } from './format.ts';

type Row = Figure & { indicator: Indicator };

/** Every indicator of the catalogue by section: this period, the same period last year, the change, the records. */
export function IndicatorTable({ data, indicators }: { data: FiguresResult; indicators: Indicator[] }) {
  const t = useT();
  const { lang } = useI18n();
  const rows = useMemo(() => {
    const byCode = new Map(indicators.map((i) => [i.code, i]));
    return data.figures.filter((f) => byCode.has(f.code)).map((f) => ({ ...f, indicator: byCode.get(f.code)! }));
  }, [data, indicators]);
  const columns: TableColumnsType<Row> = [
    {
      key: 'section',
      title: t('statistics.section'),
      width: 150,
      render: (_, r) => t(`statistics.section.${r.indicator.section}` as MessageKey),
      onCell: (r, i) => ({
        rowSpan:
          i !== undefined && i > 0 && rows[i - 1]?.indicator.section === r.indicator.section
            ? 0
            : sectionSpan(rows, i ?? 0),
      }),
    },
    {
      key: 'name',
      title: t('statistics.indicator'),
      render: (_, r) => (
        <>
          {lang === 'en' ? r.indicator.nameEn : r.indicator.name}{' '}
          {r.indicator.provenance === 'sample' && <Tag color="orange">{t('statistics.sample')}</Tag>}
        </>
      ),
    },
    {
      key: 'measure',
      title: t('statistics.measure'),
      render: (_, r) => (lang === 'en' ? r.indicator.measureEn : r.indicator.measure),
    },
    {
      key: 'value',
      title: data.range.label,
      align: 'right',
      render: (_, r) => <strong>{formatFigure(r.value, r.indicator)}</strong>,
    },
    {
      key: 'previous',
      title: data.previousRange.label,
      align: 'right',
      render: (_, r) => formatFigure(r.previous, r.indicator),
    },
    {
      key: 'change',
      title: t('statistics.change'),
      align: 'right',
      render: (_, r) => formatChange(r.change, r.changePct, r.indicator, t('statistics.points')),
    },
    {
      key: 'records',
      title: '',
      render: (_, r) => {
        const to = drillPath(r.indicator, data.unit.id, data.range);
        return to ? (
          <Link to={to} data-testid={`drill-${r.code}`}>
            {t('statistics.records')}
          </Link>
        ) : (
          <Typography.Text type="secondary">
            {t(r.indicator.source === 'entered' ? 'statistics.entered' : 'statistics.derived')}
          </Typography.Text>
        );
      },
    },
  ];
  return (
    <Card size="small" title={t('statistics.allIndicators')}>
      <Table<Row>
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="statistics-indicators"
      />
    </Card>
  );
}

function sectionSpan(rows: Row[], i: number) {
  let n = 1;
  while (rows[i + n]?.indicator.section === rows[i]?.indicator.section) n++;
  return n;
}
