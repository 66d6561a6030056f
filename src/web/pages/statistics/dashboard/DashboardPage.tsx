import { FileTextOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Input, Row, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { Indicator } from '../../../../common/statistics/schemas.ts';
import { DrillCrumbs } from '../../../components/DrillCrumbs.tsx';
import { UnitField } from '../../../components/UnitField.tsx';
import { useI18n, useT } from '../../../i18n/I18nProvider.tsx';
import { useCan } from '../../auth/useAuth.ts';
import { useFigures, useIndicators, useStatisticsParams } from '../useStatistics.ts';
import { BoundariesButton } from './BoundariesButton.tsx';
import { BreakdownPanel } from './BreakdownPanel.tsx';
import { ClassPie } from './ClassPie.tsx';
import { IndicatorTable } from './IndicatorTable.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import { TrendPanel } from './TrendPanel.tsx';

const PERIOD = /^\d{4}([SQM]\d{1,2})?$/i;

/**
 * The statistics of one unit's subtree for a range of periods, against the
 * same periods a year earlier: key figures, trends by year, the child units
 * (table and chart, each drilling down), the classification, and every
 * indicator with a link to the records behind it.
 */
export function DashboardPage() {
  const t = useT();
  const can = useCan();
  const { unitId, from, to, set } = useStatisticsParams();
  const indicators = useIndicators();
  const figures = useFigures(unitId, from, to);
  const byCode = useMemo(
    () => new Map<string, Indicator>((indicators.data ?? []).map((i) => [i.code, i])),
    [indicators.data],
  );
  return (
    <Flex vertical gap={16} data-testid="statistics-dashboard">
      <Card size="small">
        <Flex wrap gap={12} align="center">
          <div style={{ minWidth: 260, flex: '1 1 260px', maxWidth: 420 }}>
            <UnitField id="statistics-unit" value={unitId} onChange={(v) => v && set({ unitId: v })} />
          </div>
          <PeriodInputs key={`${from}-${to}`} from={from} to={to} onChange={(f, tt) => set({ from: f, to: tt })} />
          {unitId && (
            <Link
              to={`/statistics/reports?unitId=${unitId}&from=${from}&to=${to}`}
              data-testid="statistics-report-link"
            >
              <Button icon={<FileTextOutlined />}>{t('statistics.makeReport')}</Button>
            </Link>
          )}
          {can('statistics.manage') && <BoundariesButton />}
        </Flex>
      </Card>
      {unitId && <DrillCrumbs unitId={unitId} onPick={(id) => set({ unitId: id })} />}
      {figures.error && <Alert type="error" showIcon title={figures.error.message} />}
      {(figures.isPending || indicators.isPending) && unitId && <Skeleton active />}
      {figures.data && indicators.data && (
        <>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="statistics-title">
            {t('statistics.title', { unit: figures.data.unit.name, range: figures.data.range.label })}
          </Typography.Title>
          {figures.data.predecessors.length > 0 && (
            <Alert
              type="info"
              showIcon
              data-testid="statistics-predecessors"
              title={t('statistics.predecessors', {
                names: figures.data.predecessors.map((p) => p.name).join(', '),
              })}
            />
          )}
          <KeyFigures data={figures.data} byCode={byCode} />
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={15}>
              <TrendPanel unitId={unitId!} from={from} to={to} byCode={byCode} />
            </Col>
            <Col xs={24} lg={9}>
              <ClassPie data={figures.data} byCode={byCode} />
            </Col>
          </Row>
          <BreakdownPanel unitId={unitId!} from={from} to={to} byCode={byCode} onPick={(id) => set({ unitId: id })} />
          <IndicatorTable data={figures.data} indicators={indicators.data} />
        </>
      )}
    </Flex>
  );
}

/** Two period fields (2025, 2025Q3, 2025S1, 2025M03) and quick choices of whole years. */
function PeriodInputs({
  from,
  to,
  onChange,
}: {
  from: string;
  to: string;
  onChange: (from: string, to: string) => void;
}) {
  const t = useT();
  const { lang } = useI18n();
  const [draft, setDraft] = useState({ from, to });
  const year = new Date().getFullYear();
  const ok = PERIOD.test(draft.from) && PERIOD.test(draft.to);
  const apply = () => ok && onChange(draft.from.toUpperCase(), draft.to.toUpperCase());
  const preset = (a: number, b: number) => {
    setDraft({ from: String(a), to: String(b) });
    onChange(String(a), String(b));
  };
  return (
    <Flex gap={8} align="center" wrap>
      <Input
        value={draft.from}
        onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))}
        onPressEnter={apply}
        onBlur={apply}
        prefix={t('statistics.from')}
        status={PERIOD.test(draft.from) ? undefined : 'error'}
        style={{ width: 140 }}
        data-testid="statistics-from"
        lang={lang}
      />
      <Input
        value={draft.to}
        onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))}
        onPressEnter={apply}
        onBlur={apply}
        prefix={t('statistics.to')}
        status={PERIOD.test(draft.to) ? undefined : 'error'}
        style={{ width: 140 }}
        data-testid="statistics-to"
      />
      <Button size="small" onClick={() => preset(year, year)}>
        {t('statistics.thisYear')}
      </Button>
      <Button size="small" onClick={() => preset(year - 1, year - 1)}>
        {t('statistics.lastYear')}
      </Button>
      <Button size="small" onClick={() => preset(year - 9, year)} data-testid="statistics-ten-years">
        {t('statistics.tenYears')}
      </Button>
    </Flex>
  );
}
