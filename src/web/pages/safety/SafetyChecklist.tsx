import { CalculatorOutlined, CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Checkbox, Flex, Input, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import type { ChecklistItemView, SafetyCheck, ShareFigures } from '../../../common/safety/schemas.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { ProvenanceTag } from '../evaluation/tags.tsx';

export type Ticks = Record<string, SafetyCheck>;

type Props = {
  items: ChecklistItemView[];
  ticks: Ticks;
  editable: boolean;
  onChange: (code: string, check: SafetyCheck) => void;
};

/** "8/10 = 80% ≥ 70%" with Vietnamese decimals. */
export function figuresText(f: ShareFigures): string {
  const value = f.percent === null ? '—' : `${formatNumber(f.percent)}%`;
  return `${f.recognised}/${f.total} = ${value} ${f.met ? '≥' : '<'} ${formatNumber(f.minPercent)}%`;
}

/**
 * The Circular 124 checklist: a box per item for the decider, computed items
 * read-only with the figures the server counted, and a mark on every item
 * not verified against the official text.
 */
export function SafetyChecklist({ items, ticks, editable, onChange }: Props) {
  const t = useT();
  const columns: TableColumnsType<ChecklistItemView> = [
    {
      key: 'met',
      title: t('safety.met'),
      width: 110,
      align: 'center',
      render: (_, item) => {
        if (item.figures) return <MetTag met={item.figures.met} testId={`safety-item-${item.code}`} />;
        const tick = ticks[item.code];
        if (!editable) return tick ? <MetTag met={tick.met} testId={`safety-item-${item.code}`} /> : '—';
        return (
          <Checkbox
            checked={tick?.met ?? false}
            onChange={(e) => onChange(item.code, { ...tick, met: e.target.checked })}
            aria-label={`${t('safety.met')} ${item.code}`}
            data-testid={`safety-item-${item.code}`}
          />
        );
      },
    },
    {
      key: 'item',
      title: t('safety.item'),
      render: (_, item) => (
        <Flex vertical gap={4}>
          <Typography.Text>
            <Typography.Text strong>{item.code}.</Typography.Text> {item.text}
          </Typography.Text>
          <Flex wrap gap={6} align="center">
            <ProvenanceTag value={item.provenance} testId={`safety-provenance-${item.code}`} />
            {item.source && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {item.source}
              </Typography.Text>
            )}
          </Flex>
          {item.computed && <ComputedLine item={item} />}
        </Flex>
      ),
    },
    {
      key: 'note',
      title: t('safety.note'),
      width: '30%',
      responsive: ['md'],
      render: (_, item) => {
        if (item.figures) return null;
        const tick = ticks[item.code];
        if (!editable) return <Typography.Text type="secondary">{tick?.note ?? ''}</Typography.Text>;
        return (
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={2000}
            value={tick?.note ?? ''}
            placeholder={t('safety.notePlaceholder')}
            onChange={(e) => onChange(item.code, { met: tick?.met ?? false, note: e.target.value })}
            data-testid={`safety-note-${item.code}`}
          />
        );
      },
    },
  ];
  return (
    <Table<ChecklistItemView>
      rowKey="code"
      size="small"
      columns={columns}
      dataSource={items}
      pagination={false}
      data-testid="safety-checklist"
    />
  );
}

function ComputedLine({ item }: { item: ChecklistItemView }) {
  const t = useT();
  const f = item.figures;
  return (
    <Flex wrap gap={6} align="center">
      <Tooltip title={t('safety.computedHint')}>
        <Tag icon={<CalculatorOutlined />} color="blue">
          {t('safety.computed')}
        </Tag>
      </Tooltip>
      {f && (
        <Typography.Text strong data-testid={`safety-figures-${item.code}`} type={f.met ? 'success' : 'danger'}>
          {figuresText(f)}
        </Typography.Text>
      )}
      {f && f.total === 0 && <Typography.Text type="secondary">{t('safety.noSubunits')}</Typography.Text>}
    </Flex>
  );
}

function MetTag({ met, testId }: { met: boolean; testId: string }) {
  const t = useT();
  return (
    <Tag
      color={met ? 'green' : 'red'}
      icon={met ? <CheckCircleFilled /> : <CloseCircleFilled />}
      data-testid={testId}
      data-met={String(met)}
      style={{ marginInlineEnd: 0 }}
    >
      {met ? t('safety.met') : t('safety.notMet')}
    </Tag>
  );
}
