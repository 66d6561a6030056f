import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, Select, Typography } from 'antd';
import type { ScoringRule } from '../../../common/criteria/schemas.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { defaultRule } from './draft.ts';
import { PointsInput } from './fields.tsx';

/** The scoring rule of a line and its parameters: points per event, or the percentage bands. */
export function RuleEditor({
  rule,
  maxPoints,
  onChange,
  readOnly,
  testId,
}: {
  rule: ScoringRule;
  maxPoints: number;
  onChange: (r: ScoringRule) => void;
  readOnly: boolean;
  testId: string;
}) {
  const t = useT();
  return (
    <Flex vertical gap={6}>
      <Flex wrap align="center" gap={8}>
        <Select
          value={rule.type}
          disabled={readOnly}
          style={{ width: 200 }}
          onChange={(type) => onChange(defaultRule(type, maxPoints))}
          data-testid={`${testId}-type`}
          options={(['manual', 'deductionPerEvent', 'percentageBands'] as const).map((r) => ({
            value: r,
            label: t(`criteria.rule.${r}`),
          }))}
        />
        {rule.type === 'deductionPerEvent' && (
          <Flex align="center" gap={6}>
            <Typography.Text type="secondary">{t('criteria.pointsPerEvent')}</Typography.Text>
            <PointsInput
              value={rule.pointsPerEvent}
              disabled={readOnly}
              onChange={(v) => onChange({ ...rule, pointsPerEvent: v })}
              testId={`${testId}-per-event`}
            />
          </Flex>
        )}
      </Flex>
      {rule.type === 'percentageBands' && (
        <BandsEditor rule={rule} onChange={onChange} readOnly={readOnly} testId={testId} />
      )}
    </Flex>
  );
}

function BandsEditor({
  rule,
  onChange,
  readOnly,
  testId,
}: {
  rule: Extract<ScoringRule, { type: 'percentageBands' }>;
  onChange: (r: ScoringRule) => void;
  readOnly: boolean;
  testId: string;
}) {
  const t = useT();
  const set = (i: number, patch: Partial<{ minPercent: number; points: number }>) =>
    onChange({ ...rule, bands: rule.bands.map((b, j) => (j === i ? { ...b, ...patch } : b)) });
  return (
    <Flex vertical gap={4} data-testid={`${testId}-bands`}>
      {rule.bands.map((b, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: bands have no identity besides their place
        <Flex key={i} align="center" gap={6} wrap>
          <Typography.Text type="secondary">{t('criteria.bandFrom')}</Typography.Text>
          <InputNumber
            value={b.minPercent}
            min={0}
            max={100}
            disabled={readOnly}
            suffix="%"
            style={{ width: 100 }}
            onChange={(v) => set(i, { minPercent: typeof v === 'number' ? v : 0 })}
          />
          <Typography.Text type="secondary">{t('criteria.bandGives')}</Typography.Text>
          <PointsInput value={b.points} disabled={readOnly} onChange={(v) => set(i, { points: v })} />
          <Typography.Text type="secondary">{t('criteria.pointsUnit')}</Typography.Text>
          {!readOnly && rule.bands.length > 1 && (
            <Button
              size="small"
              type="text"
              icon={<DeleteOutlined />}
              aria-label={t('criteria.removeBand')}
              onClick={() => onChange({ ...rule, bands: rule.bands.filter((_, j) => j !== i) })}
            />
          )}
        </Flex>
      ))}
      {!readOnly && rule.bands.length < 10 && (
        <Button
          size="small"
          type="dashed"
          icon={<PlusOutlined />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => onChange({ ...rule, bands: [...rule.bands, { minPercent: 0, points: 0 }] })}
        >
          {t('criteria.addBand')}
        </Button>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('criteria.bandsHint')}
      </Typography.Text>
    </Flex>
  );
}
