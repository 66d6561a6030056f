import { App, DatePicker, Form, InputNumber, Modal, Select, Switch, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { EvaluatedUnitType } from '../../../common/criteria/schemas.ts';
import type { CycleTarget, CycleView } from '../../../common/evaluation/schemas.ts';
import { isApiError, type Problem } from '../../api/client.ts';
import { applyProblemToForm } from '../../api/forms.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { UnitField } from '../../components/UnitField.tsx';
import { DATE_FORMAT, toIsoDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useCriteriaSetList } from '../criteria-set/useCriteriaSets.ts';
import { useOpenCycle, useUpdateCycle } from './useEvaluation.ts';

type TargetValues = Omit<CycleTarget, 'submitBy' | 'decideBy'> & { submitBy: Dayjs; decideBy: Dayjs; setName: string };
const toValues = (c: CycleView, shiftYears = 0): TargetValues[] =>
  c.targets.map((x) => ({
    unitType: x.unitType,
    criteriaSetId: x.criteriaSetId,
    safetySetId: x.safetySetId,
    decisionLevel: x.decisionLevel,
    submitBy: dayjs(x.submitBy).add(shiftYears, 'year'),
    decideBy: dayjs(x.decideBy).add(shiftYears, 'year'),
    setName: x.criteriaSetName,
  }));
const toTargets = (rows: TargetValues[]): CycleTarget[] =>
  rows.map((r) => ({
    unitType: r.unitType,
    criteriaSetId: r.criteriaSetId,
    safetySetId: r.safetySetId,
    decisionLevel: r.decisionLevel,
    submitBy: toIsoDate(r.submitBy),
    decideBy: toIsoDate(r.decideBy),
  }));

/**
 * The active sets of one kind for a unit type: a province picks its own
 * version here. The server refuses a change once sheets of that type exist.
 */
function SetSelect({
  kind,
  unitType,
  value,
  onChange,
  testId,
}: {
  kind: 'movement' | 'safety';
  unitType: EvaluatedUnitType;
  value?: number | null;
  onChange?: (id: number | null) => void;
  testId: string;
}) {
  const t = useT();
  const sets = useCriteriaSetList({ kind, status: 'active', unitType, pageSize: 200 });
  const options = (sets.data?.items ?? []).map((s) => ({
    value: s.id,
    label: `${s.name} (v${s.version})${s.provenance === 'verified' ? '' : ` · ${t(`evaluation.provenance.${s.provenance}`)}`}`,
  }));
  return (
    <Select
      style={{ width: 300 }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      allowClear={kind === 'safety'}
      loading={sets.isLoading}
      options={options}
      popupMatchSelectWidth={false}
      data-testid={testId}
    />
  );
}

/** Per unit type: the set that applies, the checklist of the title, the two deadlines and who decides. */
function TargetsTable({ name }: { name: string }) {
  const t = useT();
  return (
    <Form.List name={name}>
      {(fields) => (
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={fields}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              key: 'type',
              title: t('evaluation.unitType'),
              render: (_, f) => (
                <Form.Item noStyle shouldUpdate>
                  {({ getFieldValue }) => (
                    <Flex2
                      top={t(`evaluation.unitType.${getFieldValue([name, f.name, 'unitType']) as EvaluatedUnitType}`)}
                    />
                  )}
                </Form.Item>
              ),
            },
            {
              key: 'set',
              title: t('evaluation.criteriaSet'),
              render: (_, f) => (
                <Form.Item noStyle shouldUpdate>
                  {({ getFieldValue }) => {
                    const unitType = getFieldValue([name, f.name, 'unitType']) as EvaluatedUnitType;
                    return (
                      <div style={{ display: 'grid', gap: 4 }}>
                        <Form.Item name={[f.name, 'criteriaSetId']} style={{ margin: 0 }}>
                          <SetSelect kind="movement" unitType={unitType} testId={`target-set-${f.name}`} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'safetySetId']} style={{ margin: 0 }}>
                          <SetSelect kind="safety" unitType={unitType} testId={`target-safety-${f.name}`} />
                        </Form.Item>
                      </div>
                    );
                  }}
                </Form.Item>
              ),
            },
            {
              key: 'submitBy',
              title: t('evaluation.submitBy'),
              render: (_, f) => (
                <Form.Item name={[f.name, 'submitBy']} rules={[{ required: true }]} style={{ margin: 0 }}>
                  <DatePicker format={DATE_FORMAT} allowClear={false} data-testid={`target-submit-${f.name}`} />
                </Form.Item>
              ),
            },
            {
              key: 'decideBy',
              title: t('evaluation.decideBy'),
              render: (_, f) => (
                <Form.Item name={[f.name, 'decideBy']} rules={[{ required: true }]} style={{ margin: 0 }}>
                  <DatePicker format={DATE_FORMAT} allowClear={false} />
                </Form.Item>
              ),
            },
            {
              key: 'level',
              title: t('evaluation.decisionLevel'),
              render: (_, f) => (
                <Form.Item name={[f.name, 'decisionLevel']} style={{ margin: 0 }}>
                  <Select
                    style={{ width: 170 }}
                    options={[
                      { value: 'parent', label: t('evaluation.decisionLevel.parent') },
                      { value: 'province', label: t('evaluation.decisionLevel.province') },
                    ]}
                  />
                </Form.Item>
              ),
            },
          ]}
        />
      )}
    </Form.List>
  );
}

function Flex2({ top, bottom }: { top: string; bottom?: string }) {
  return (
    <div style={{ maxWidth: 300 }}>
      <div>{top}</div>
      {bottom && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: bottom }}>
          {bottom}
        </Typography.Text>
      )}
    </div>
  );
}

type OpenValues = { unitId: number | null; year: number; custom: boolean; targets: TargetValues[] };

/**
 * Opens an evaluation year for a province. By default the active sets and the
 * regulation's deadlines apply; when the province had a year before, its
 * settings can be carried over (one year later) and edited here.
 */
export function OpenCycleModal({ cycles, onClose }: { cycles: CycleView[]; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<OpenValues>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const open = useOpenCycle();
  const unitId = Form.useWatch('unitId', form);
  const year = Form.useWatch('year', form);
  const custom = Form.useWatch('custom', form);
  const previous = cycles
    .filter((c) => c.unit.id === unitId && c.year < (year ?? 0))
    .sort((a, b) => b.year - a.year)[0];

  const handleFinish = (v: OpenValues) => {
    setProblem(null);
    const body = {
      unitId: v.unitId!,
      year: v.year,
      // the whole rows, with the fields no input shows (set ids, unit type)
      ...(v.custom && previous ? { targets: toTargets(form.getFieldsValue(true).targets) } : {}),
    };
    open.mutate(body, {
      onSuccess: (c) => {
        void message.success(t('evaluation.cycleOpened', { year: c.year }));
        onClose();
      },
      onError: (e) => setProblem(applyProblemToForm(form, e)),
    });
  };

  return (
    <Modal
      open
      width={900}
      title={t('evaluation.openCycle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('evaluation.openCycle')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: open.isPending, ...{ 'data-testid': 'open-cycle-submit' } }}
      mask={{ closable: false }}
    >
      <div data-testid="open-cycle-form">
        <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
        <Form<OpenValues>
          form={form}
          layout="vertical"
          initialValues={{ year: dayjs().year(), custom: false, targets: [] }}
          onFinish={handleFinish}
          onValuesChange={(changed) => {
            if (('custom' in changed || 'unitId' in changed || 'year' in changed) && previous)
              form.setFieldValue('targets', toValues(previous, (year ?? previous.year) - previous.year));
          }}
        >
          <Form.Item
            name="unitId"
            label={t('evaluation.province')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <UnitField id="cycle-unit" />
          </Form.Item>
          <Form.Item name="year" label={t('evaluation.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} style={{ width: 160 }} data-testid="cycle-year" />
          </Form.Item>
          <Typography.Paragraph type="secondary">{t('evaluation.openDefaults')}</Typography.Paragraph>
          <Form.Item name="custom" label={t('evaluation.copyPrevious')} valuePropName="checked">
            <Switch disabled={!previous} />
          </Form.Item>
          {custom && previous && <TargetsTable name="targets" />}
        </Form>
      </div>
    </Modal>
  );
}

/** Edits the deadlines and decision levels of an open year; a stale version reloads the current one. */
export function EditCycleModal({ cycle, onClose }: { cycle: CycleView; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ targets: TargetValues[] }>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const update = useUpdateCycle(cycle.id);

  const handleFinish = (v: { targets: TargetValues[] }) => {
    setProblem(null);
    update.mutate(
      { version: cycle.version, targets: toTargets(form.getFieldsValue(true).targets ?? v.targets) },
      {
        onSuccess: () => {
          void message.success(t('evaluation.cycleUpdated'));
          onClose();
        },
        onError: (e) => {
          if (isApiError(e, 409)) setProblem({ ...e.problem, detail: t('error.stale') });
          else setProblem(applyProblemToForm(form, e));
        },
      },
    );
  };

  return (
    <Modal
      open
      width={1100}
      title={t('evaluation.editCycle', { year: cycle.year, unit: cycle.unit.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: update.isPending, ...{ 'data-testid': 'edit-cycle-submit' } }}
      mask={{ closable: false }}
    >
      <div data-testid="edit-cycle-form">
        <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
        <Form form={form} layout="vertical" initialValues={{ targets: toValues(cycle) }} onFinish={handleFinish}>
          <TargetsTable name="targets" />
        </Form>
      </div>
    </Modal>
  );
}
