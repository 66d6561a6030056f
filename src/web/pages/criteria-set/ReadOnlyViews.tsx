import { Card, Descriptions, Flex, List, Table, Tag, Typography } from 'antd';
import type {
  CriteriaSetDefinition,
  Criterion,
  MovementSetDefinition,
  SafetySetDefinition,
  ScoringRule,
  SubItem,
} from '../../../common/criteria/schemas.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ProvenanceTag } from './tags.tsx';

const useNumber = () => {
  const { lang } = useI18n();
  return (n: number) => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US');
};

/** "Trừ 4 điểm mỗi vụ", "Từ 90%: 10 điểm; từ 70%: 7 điểm". */
export function useRuleText() {
  const { t } = useI18n();
  const num = useNumber();
  return (rule: ScoringRule | undefined, hasItems: boolean) => {
    if (hasItems) return t('criteria.rule.items');
    if (!rule || rule.type === 'manual') return t('criteria.rule.manual');
    if (rule.type === 'deductionPerEvent') return t('criteria.ruleText.perEvent', { points: num(rule.pointsPerEvent) });
    return rule.bands
      .map((b) => t('criteria.ruleText.band', { percent: num(b.minPercent), points: num(b.points) }))
      .join('; ');
  };
}

type Row = (Criterion | SubItem) & { key: string; children?: Row[] };

/** The criteria of a set that may not be edited, as one table with the sub-items under their criterion. */
export function CriteriaTable({ def }: { def: MovementSetDefinition }) {
  const { t } = useI18n();
  const num = useNumber();
  const ruleText = useRuleText();
  const rows: Row[] = def.criteria.map((c) => ({
    ...c,
    key: c.code,
    children: c.items?.length ? c.items.map((i) => ({ ...i, key: `${c.code}/${i.code}` })) : undefined,
  }));
  return (
    <Card title={t('criteria.criteriaTitle')} data-testid="criteria-table">
      <Table<Row>
        size="small"
        tableLayout="fixed"
        pagination={false}
        dataSource={rows}
        expandable={{ defaultExpandAllRows: true, indentSize: 16 }}
        columns={[
          { key: 'code', title: t('criteria.code'), dataIndex: 'code', width: 80 },
          {
            key: 'text',
            title: t('criteria.text'),
            render: (_, r) => (
              <Flex vertical gap={2}>
                <span>{r.text}</span>
                <span>
                  <ProvenanceTag value={r.provenance} showVerified testId={`row-provenance-${r.code}`} />
                </span>
                {r.source && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('criteria.source')}: {r.source}
                  </Typography.Text>
                )}
                {r.guidance && (
                  <Typography.Text type="secondary" italic style={{ fontSize: 12 }}>
                    {r.guidance}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            key: 'points',
            title: t('criteria.maxPoints'),
            width: 100,
            align: 'right',
            render: (_, r) => <strong>{num(r.maxPoints)}</strong>,
          },
          {
            key: 'rule',
            title: t('criteria.field.rule'),
            width: 200,
            render: (_, r) => ruleText(r.rule, !!r.children),
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              <strong>{t('criteria.runningTotal')}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              <strong>{num(def.criteria.reduce((a, c) => a + c.maxPoints, 0))}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} />
          </Table.Summary.Row>
        )}
      />
    </Card>
  );
}

/** Capping conditions in words. */
export function GatesList({ def }: { def: MovementSetDefinition }) {
  const { t } = useI18n();
  const num = useNumber();
  const labels = def.classification.labels;
  const gates = def.classification.gates;
  return (
    <Card title={t('criteria.gatesTitle')} data-testid="gates-list">
      {gates.length === 0 ? (
        <Typography.Text type="secondary">{t('criteria.noGates')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={gates}
          renderItem={(g, i) => (
            <List.Item key={i}>
              <Flex vertical gap={4}>
                <Flex gap={8} align="center" wrap>
                  <span>
                    {g.kind === 'eventsRecorded'
                      ? t('criteria.gateText.eventsRecorded', { code: g.criterion, cap: labels[g.capAt] })
                      : g.kind === 'criterionBelow'
                        ? t('criteria.gateText.criterionBelow', {
                            code: g.criterion,
                            min: num(g.minPoints),
                            cap: labels[g.capAt],
                          })
                        : t('criteria.gateText.safetyRecognitionMissing', { cap: labels[g.capAt] })}
                  </span>
                  <ProvenanceTag value={g.provenance} />
                </Flex>
                {g.text && <Typography.Text type="secondary">{g.text}</Typography.Text>}
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/** The general fields of a set that may not be edited. */
export function MetadataView({ def }: { def: CriteriaSetDefinition }) {
  const { t } = useI18n();
  const items = [
    { key: 'kind', label: t('criteria.kindLabel'), children: t(`criteria.kind.${def.kind}`) },
    { key: 'code', label: t('criteria.setCode'), children: def.code },
    { key: 'legal', label: t('criteria.legalBasis'), children: def.legalBasis, span: 2 },
    {
      key: 'applies',
      label: t('criteria.col.appliesTo'),
      children: (
        <Flex wrap gap={4}>
          {def.appliesTo.map((u) => (
            <Tag key={u} style={{ marginInlineEnd: 0 }}>
              {t(`criteria.unitType.${u}`)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    def.kind === 'movement'
      ? { key: 'deadline', label: t('criteria.decideBy'), children: dayMonth(def.decideBy) }
      : {
          key: 'window',
          label: t('criteria.window'),
          children: t('criteria.windowText', { from: dayMonth(def.windowFrom), to: dayMonth(def.windowTo) }),
        },
  ];
  return (
    <Card title={t('criteria.metadataTitle')} data-testid="metadata-view">
      <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} />
    </Card>
  );
}

/** "11-30" → "30/11" */
const dayMonth = (md: string) => md.split('-').reverse().join('/');

/** A Circular 124 checklist that may not be edited. */
export function SafetyItemsTable({ def }: { def: SafetySetDefinition }) {
  const { t } = useI18n();
  return (
    <Card title={t('criteria.itemsTitle')} data-testid="safety-items-table">
      <Table
        size="small"
        pagination={false}
        rowKey="code"
        dataSource={def.items}
        columns={[
          { key: 'code', title: t('criteria.code'), dataIndex: 'code', width: 70 },
          {
            key: 'text',
            title: t('criteria.text'),
            render: (_, i) => (
              <Flex vertical gap={2}>
                <span>{i.text}</span>
                {i.computed && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('criteria.computedText', { min: i.minPercent ?? 0 })}
                  </Typography.Text>
                )}
                {i.source && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('criteria.source')}: {i.source}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            key: 'provenance',
            title: t('criteria.provenanceLabel'),
            width: 170,
            render: (_, i) => <ProvenanceTag value={i.provenance} showVerified />,
          },
        ]}
      />
    </Card>
  );
}
