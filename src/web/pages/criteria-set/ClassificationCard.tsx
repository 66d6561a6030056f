import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Table, Typography } from 'antd';
import type { Classification, Gate, MovementSetDefinition } from '../../../common/criteria/schemas.ts';
import { leavesOf } from '../../../domain/evaluation/criteria.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { ClassSelect, PointsInput, ProvenanceSelect } from './fields.tsx';
import { ProvenanceTag } from './tags.tsx';

type Change = (fn: (d: MovementSetDefinition) => void) => void;
const classes: Classification[] = ['excellent', 'good', 'average', 'weak'];

/** Labels and minimum points of the four classes. */
export function ClassificationCard({
  def,
  change,
  readOnly,
  bad,
}: {
  def: MovementSetDefinition;
  change: Change;
  readOnly: boolean;
  bad: boolean;
}) {
  const t = useT();
  const c = def.classification;
  return (
    <Card
      title={
        <Flex gap={8} align="center">
          {t('criteria.classificationTitle')}
          <ProvenanceTag value={c.thresholdsProvenance} testId="thresholds-provenance" />
        </Flex>
      }
      data-testid="classification-card"
    >
      <Table
        size="small"
        pagination={false}
        rowKey={(r) => r}
        dataSource={classes}
        columns={[
          { key: 'class', title: t('criteria.classLevel'), render: (_, cls) => t(`criteria.class.${cls}`) },
          {
            key: 'label',
            title: t('criteria.classLabel'),
            render: (_, cls) =>
              readOnly ? (
                <span data-testid={`label-${cls}`}>{c.labels[cls]}</span>
              ) : (
                <Input
                  value={c.labels[cls]}
                  disabled={readOnly}
                  onChange={(e) =>
                    change((d) => {
                      d.classification.labels[cls] = e.target.value;
                    })
                  }
                  style={{ maxWidth: 220 }}
                  data-testid={`label-${cls}`}
                />
              ),
          },
          {
            key: 'min',
            title: t('criteria.classMin'),
            render: (_, cls) =>
              cls === 'weak' ? (
                <Typography.Text type="secondary">
                  {t('criteria.belowAverage', { min: c.thresholds.average })}
                </Typography.Text>
              ) : readOnly ? (
                <strong data-testid={`threshold-${cls}`}>{t('criteria.atLeast', { min: c.thresholds[cls] })}</strong>
              ) : (
                <PointsInput
                  value={c.thresholds[cls]}
                  disabled={readOnly}
                  status={bad ? 'error' : undefined}
                  onChange={(v) =>
                    change((d) => {
                      d.classification.thresholds[cls] = v;
                    })
                  }
                  testId={`threshold-${cls}`}
                />
              ),
          },
        ]}
      />
      {!readOnly && (
        <Flex gap={8} align="center" wrap style={{ marginTop: 12 }}>
          <span>{t('criteria.thresholdsProvenance')}</span>
          <ProvenanceSelect
            value={c.thresholdsProvenance}
            disabled={readOnly}
            onChange={(v) =>
              change((d) => {
                d.classification.thresholdsProvenance = v;
              })
            }
          />
        </Flex>
      )}
    </Card>
  );
}

type GateRow = MovementSetDefinition['classification']['gates'][number];

function newGate(kind: Gate['kind'], firstCode: string): GateRow {
  switch (kind) {
    case 'eventsRecorded':
      return { kind, criterion: firstCode, capAt: 'average', provenance: 'sample' };
    case 'safetyRecognitionMissing':
      return { kind, capAt: 'good', provenance: 'sample' };
    case 'criterionBelow':
      return { kind, criterion: firstCode, minPoints: 0, capAt: 'good', provenance: 'sample' };
  }
}

/** Conditions that cap the class whatever the points. */
export function GatesCard({
  def,
  change,
  readOnly,
  badPaths,
}: {
  def: MovementSetDefinition;
  change: Change;
  readOnly: boolean;
  badPaths: Set<string>;
}) {
  const t = useT();
  const gates = def.classification.gates;
  const codes = [
    ...def.criteria.map((c) => c.code),
    ...leavesOf(def)
      .filter((l) => l.parentCode)
      .map((l) => l.code),
  ];
  const eventCodes = [
    ...new Set(
      leavesOf(def)
        .filter((l) => l.rule.type === 'deductionPerEvent')
        .flatMap((l) => [l.code, ...(l.parentCode ? [l.parentCode] : [])]),
    ),
  ];
  const edit = (i: number, g: GateRow) =>
    change((d) => {
      d.classification.gates[i] = g;
    });
  return (
    <Card title={t('criteria.gatesTitle')} data-testid="gates-card">
      <Typography.Paragraph type="secondary">{t('criteria.gatesIntro')}</Typography.Paragraph>
      <Flex vertical gap={10}>
        {gates.map((g, i) => (
          <Flex
            // biome-ignore lint/suspicious/noArrayIndexKey: gates have no identity besides their place
            key={i}
            vertical
            gap={6}
            data-testid={`gate-${i}`}
            style={{
              border: `1px solid ${badPaths.has(`classification.gates.${i}`) ? '#ff7875' : '#e5e8ef'}`,
              borderRadius: 8,
              padding: 10,
            }}
          >
            <Flex gap={8} wrap align="center">
              <Select
                value={g.kind}
                disabled={readOnly}
                style={{ width: 260 }}
                onChange={(kind) =>
                  edit(i, { ...newGate(kind, codes[0] ?? '1'), text: g.text, provenance: g.provenance })
                }
                options={(['eventsRecorded', 'safetyRecognitionMissing', 'criterionBelow'] as const).map((k) => ({
                  value: k,
                  label: t(`criteria.gate.${k}`),
                }))}
              />
              {g.kind !== 'safetyRecognitionMissing' && (
                <Select
                  value={g.criterion}
                  disabled={readOnly}
                  style={{ width: 110 }}
                  aria-label={t('criteria.gateCriterion')}
                  onChange={(criterion) => edit(i, { ...g, criterion })}
                  options={(g.kind === 'eventsRecorded' ? eventCodes : codes).map((c) => ({ value: c, label: c }))}
                />
              )}
              {g.kind === 'criterionBelow' && (
                <Flex align="center" gap={6}>
                  <span>{t('criteria.gateBelow')}</span>
                  <PointsInput
                    value={g.minPoints}
                    disabled={readOnly}
                    onChange={(v) => edit(i, { ...g, minPoints: v })}
                  />
                </Flex>
              )}
              <Flex align="center" gap={6}>
                <span>{t('criteria.gateCap')}</span>
                <ClassSelect
                  value={g.capAt}
                  disabled={readOnly}
                  labels={def.classification.labels}
                  onChange={(capAt) => edit(i, { ...g, capAt })}
                />
              </Flex>
              <ProvenanceTag value={g.provenance} testId={`gate-${i}-provenance`} />
              {!readOnly && (
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('criteria.remove')}
                  onClick={() => change((d) => void d.classification.gates.splice(i, 1))}
                />
              )}
            </Flex>
            <Flex gap={8} wrap align="center">
              <Input
                value={g.text ?? ''}
                disabled={readOnly}
                placeholder={t('criteria.gateTextPlaceholder')}
                onChange={(e) => edit(i, { ...g, text: e.target.value || undefined })}
                style={{ flex: '1 1 320px' }}
              />
              {!readOnly && (
                <ProvenanceSelect value={g.provenance} onChange={(provenance) => edit(i, { ...g, provenance })} />
              )}
            </Flex>
          </Flex>
        ))}
        {!readOnly && (
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() =>
              change((d) => void d.classification.gates.push(newGate('safetyRecognitionMissing', codes[0] ?? '1')))
            }
            data-testid="add-gate"
          >
            {t('criteria.addGate')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
