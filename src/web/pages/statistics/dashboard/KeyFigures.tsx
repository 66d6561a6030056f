import { CaretDownFilled, CaretUpFilled } from '@ant-design/icons';
import { Card, Col, Flex, Row, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { FiguresResult, Indicator } from '../../../../common/statistics/schemas.ts';
import { useI18n, useT } from '../../../i18n/I18nProvider.tsx';
import { drillPath } from '../useStatistics.ts';
import { formatChange, formatFigure, indicatorName } from './format.ts';

/** The figures a commander looks at first; each card opens the records behind it. */
export const KEY_CODES = [
  'tipsReceived',
  'petitionsReceived',
  'petitionsResolvedRate',
  'mediationTeams',
  'mediators',
  'mediationSuccessRate',
  'campaigns',
  'campaignParticipants',
  'initiatives',
  'securityTeamMembers',
  'communePolice',
  'safetyTitles',
  'awards.collective',
  'awards.individual',
  'crimeCases',
  'clearanceRate',
];

export function KeyFigures({ data, byCode }: { data: FiguresResult; byCode: Map<string, Indicator> }) {
  const t = useT();
  const { lang } = useI18n();
  const navigate = useNavigate();
  const figures = new Map(data.figures.map((f) => [f.code, f]));
  return (
    <Row gutter={[12, 12]} data-testid="statistics-key-figures">
      {KEY_CODES.filter((c) => figures.has(c) && byCode.has(c)).map((code) => {
        const f = figures.get(code)!;
        const i = byCode.get(code)!;
        const to = drillPath(i, data.unit.id, data.range);
        const up = (f.change ?? 0) > 0;
        return (
          <Col key={code} xs={12} md={8} xl={6}>
            <Card
              size="small"
              hoverable={!!to}
              onClick={() => to && navigate(to)}
              style={{ height: '100%', borderTop: '3px solid #1d4fa3' }}
              data-testid={`figure-${code}`}
            >
              <Typography.Text type="secondary">{indicatorName(i, lang, code)}</Typography.Text>
              <Flex align="baseline" gap={6} wrap>
                <Typography.Text strong style={{ fontSize: 24 }} data-testid={`figure-value-${code}`}>
                  {formatFigure(f.value, i)}
                </Typography.Text>
                {i.aggregation !== 'ratio' && (
                  <Typography.Text type="secondary">{lang === 'en' ? i.measureEn : i.measure}</Typography.Text>
                )}
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('statistics.vsSamePeriod')} {f.change ? up ? <CaretUpFilled /> : <CaretDownFilled /> : null}{' '}
                {formatChange(f.change, f.changePct, i, t('statistics.points'))}
              </Typography.Text>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
