import { ToolOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Typography } from 'antd';
import { useState } from 'react';
import type { UnitPlanView } from '../../../common/remediation/schemas.ts';
import { isApiError, type Problem } from '../../api/client.ts';
import { applyProblemToForm } from '../../api/forms.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { toIsoDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { PlanEditor } from './PlanEditor.tsx';
import { ActionListField, newActionsBody, PlanHeaderFields, type PlanValues } from './PlanFields.tsx';
import { responsibleBody } from './ResponsibleField.tsx';
import { ClassLabelTag } from './tags.tsx';
import { usePlanWrite, useUnitPlan } from './useRemediation.ts';

/**
 * The remediation plan of one unit for one year, on the score sheet: a
 * warning and a form while a required plan is missing, the plan with its
 * actions' progress once filed. Renders nothing visible when no plan applies.
 */
export function RemediationPanel({ unitId, year }: { unitId: number; year: number }) {
  const t = useT();
  const query = useUnitPlan(unitId, year);
  const title = (
    <Flex gap={8} align="center">
      <ToolOutlined />
      {t('remediation.panelTitle', { year })}
    </Flex>
  );
  if (query.isPending) return <Card title={title} loading data-testid="remediation-panel" />;
  if (query.error) {
    return (
      <Card title={title} data-testid="remediation-panel">
        <Alert type="error" showIcon title={query.error.message} />
      </Card>
    );
  }
  const view = query.data;
  if (!view.plan && !view.required) return <div hidden data-testid="remediation-panel" data-required="false" />;
  return (
    <Card title={title} data-testid="remediation-panel" data-required={String(view.required)}>
      {view.plan ? (
        <PlanEditor key={view.plan.version} plan={view.plan} unitId={unitId} year={year} />
      ) : (
        <MissingPlan view={view} />
      )}
    </Card>
  );
}

function MissingPlan({ view }: { view: UnitPlanView }) {
  const t = useT();
  return (
    <Flex vertical gap={16}>
      <Alert
        type="warning"
        showIcon
        data-testid="remediation-required"
        title={
          <span>
            {t('remediation.requiredBefore')}{' '}
            {view.classification && (
              <ClassLabelTag value={view.classification} label={view.classificationLabel ?? ''} />
            )}{' '}
            {t('remediation.requiredAfter')}
          </span>
        }
        description={view.can.create ? t('remediation.requiredHint') : t('remediation.requiredReadOnly')}
      />
      {view.can.create && <CreatePlanForm view={view} />}
    </Flex>
  );
}

function CreatePlanForm({ view }: { view: UnitPlanView }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanValues>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const write = usePlanWrite(view.unitId, view.year);

  const handleFinish = (v: PlanValues) => {
    setProblem(null);
    const body = {
      unitId: view.unitId,
      year: view.year,
      dueDate: toIsoDate(v.dueDate),
      ...responsibleBody(v, 'create'),
      summary: v.summary?.trim() || undefined,
      actions: newActionsBody(v.actions),
    };
    write.mutate(
      { kind: 'create', body },
      {
        onSuccess: () => void message.success(t('remediation.created')),
        onError: (e) =>
          setProblem(isApiError(e, 409) ? { ...e.problem, detail: t('error.stale') } : applyProblemToForm(form, e)),
      },
    );
  };

  return (
    <Form<PlanValues>
      form={form}
      layout="vertical"
      initialValues={{ actions: [{ text: '' }] }}
      onFinish={handleFinish}
      data-testid="remediation-create-form"
    >
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('remediation.createTitle')}
      </Typography.Title>
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      <PlanHeaderFields unitId={view.unitId} />
      <ActionListField tracking={false} />
      <Flex justify="end" style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={write.isPending} data-testid="remediation-create">
          {t('remediation.create')}
        </Button>
      </Flex>
    </Form>
  );
}
