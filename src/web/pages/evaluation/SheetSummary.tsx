import { Button, Card, Divider, Flex, Grid, Typography } from 'antd';
import { useState } from 'react';
import type { ResultView, SheetView } from '../../../common/evaluation/schemas.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { reasonText } from './reasons.ts';
import { ClassTag, ProvenanceTag } from './tags.tsx';

type Props = { sheet: SheetView; self: ResultView; current: ResultView; reviewed: boolean };

/**
 * Stays in view while the sheet scrolls: the unit's own total, the total that
 * counts, the class it would give and why, recomputed as the user types.
 */
export function SheetSummary({ sheet, self, current, reviewed }: Props) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const labels = sheet.set.classification.labels;
  const decided = sheet.decided;
  // On a phone the reasons fold away, so the card keeps most of the screen for the lines.
  const [why, setWhy] = useState(false);
  const showWhy = screens.md || why;
  return (
    <Card
      size="small"
      data-testid="sheet-summary"
      style={{
        position: 'sticky',
        top: screens.md ? 64 : 112,
        zIndex: 20,
        boxShadow: '0 2px 8px rgba(11,46,107,0.12)',
        borderTop: '3px solid #1d4fa3',
      }}
    >
      <Flex wrap gap={screens.md ? 24 : 12} align="center">
        <Figure label={t('evaluation.total')} value={current.total} testId="sheet-total" />
        {reviewed && <Figure label={t('evaluation.selfTotal')} value={self.total} testId="sheet-self-total" muted />}
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">
            {decided ? t('evaluation.decidedClass') : t('evaluation.wouldGive')}
          </Typography.Text>
          <Flex gap={6} align="center">
            <ClassTag
              value={decided?.classification ?? current.classification}
              labels={labels}
              testId="sheet-class"
              large
            />
            <ProvenanceTag value={sheet.set.classification.thresholdsProvenance} testId="thresholds-provenance" />
          </Flex>
        </Flex>
        {decided && (
          <Typography.Text data-testid="sheet-decision">
            {t('evaluation.decisionLine', {
              number: decided.decisionNumber,
              date: formatDate(decided.decisionDate),
            })}
          </Typography.Text>
        )}
      </Flex>
      {!screens.md && (
        <Button type="link" size="small" onClick={() => setWhy(!why)} style={{ paddingInline: 0 }}>
          {why ? t('evaluation.hideWhy') : t('evaluation.showWhy')}
        </Button>
      )}
      {showWhy && <Divider style={{ margin: '8px 0' }} />}
      <ul hidden={!showWhy} data-testid="sheet-reasons" style={{ margin: 0, paddingInlineStart: 18 }}>
        {current.reasons.map((r) => (
          <li key={`${r.kind}-${r.gateKind ?? ''}-${r.criterion ?? ''}`}>
            <Typography.Text type={r.kind === 'gate' ? 'danger' : undefined}>
              {reasonText(t, r, labels)}
            </Typography.Text>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function Figure({ label, value, testId, muted }: { label: string; value: number; testId: string; muted?: boolean }) {
  const t = useT();
  return (
    <Flex vertical>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <span>
        <Typography.Text
          strong
          style={{ fontSize: muted ? 18 : 24 }}
          type={muted ? 'secondary' : undefined}
          data-testid={testId}
        >
          {formatNumber(value)}
        </Typography.Text>{' '}
        <Typography.Text type="secondary">{t('evaluation.unitPoints')}</Typography.Text>
      </span>
    </Flex>
  );
}
