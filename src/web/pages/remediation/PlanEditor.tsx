import { CheckOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Flex, Form, Progress, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ActionView, PlanDetail } from '../../../common/remediation/schemas.ts';
import { isApiError, type Problem } from '../../api/client.ts';
import { applyProblemToForm } from '../../api/forms.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { formatDate, formatDateTime, toIsoDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import {
  ActionListField,
  actionStatusColors,
  PlanHeaderFields,
  type PlanValues,
  trackedActionsBody,
} from './PlanFields.tsx';
import { FREE_TEXT, responsibleBody } from './ResponsibleField.tsx';
import { PlanStatusTag } from './tags.tsx';
import { usePlanWrite } from './useRemediation.ts';

type Props = { plan: PlanDetail; unitId: number; year: number };

/** A filed plan: its state at a glance, then its actions, editable while the plan is open. */
export function PlanEditor({ plan, unitId, year }: Props) {
  return (
    <Flex vertical gap={16}>
      <PlanSummary plan={plan} />
      {plan.can.edit ? <PlanForm plan={plan} unitId={unitId} year={year} /> : <ActionsTable actions={plan.actions} />}
    </Flex>
  );
}

function PlanSummary({ plan }: { plan: PlanDetail }) {
  const t = useT();
  const percent = plan.progress.total ? Math.round((plan.progress.done / plan.progress.total) * 100) : 0;
  return (
    <>
      {plan.overdue && (
        <Alert type="error" showIcon title={t('remediation.overdueAlert')} data-testid="remediation-overdue" />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'status',
            label: t('remediation.status'),
            children: <PlanStatusTag status={plan.status} overdue={plan.overdue} />,
          },
          {
            key: 'due',
            label: t('remediation.dueDate'),
            children: (
              <Typography.Text type={plan.overdue ? 'danger' : undefined} data-testid="remediation-due-shown">
                {formatDate(plan.dueDate)}
              </Typography.Text>
            ),
          },
          {
            key: 'progress',
            label: t('remediation.progress'),
            children: (
              <Flex gap={8} align="center" data-testid="remediation-progress">
                <Progress
                  percent={percent}
                  size="small"
                  showInfo={false}
                  style={{ width: 100, margin: 0, flex: 'none' }}
                />
                {t('remediation.progressOf', { done: plan.progress.done, total: plan.progress.total })}
              </Flex>
            ),
          },
          ...(plan.can.edit
            ? []
            : [
                {
                  key: 'responsible',
                  label: t('remediation.responsibleName'),
                  children: [plan.responsibleName, plan.responsiblePosition].filter(Boolean).join(', '),
                },
              ]),
          {
            key: 'created',
            label: t('remediation.createdBy'),
            children: `${plan.createdBy ?? '—'}, ${formatDateTime(plan.createdAt)}`,
          },
          ...(plan.completedAt
            ? [{ key: 'completed', label: t('remediation.completedAt'), children: formatDate(plan.completedAt) }]
            : []),
          ...(plan.summary && !plan.can.edit
            ? [{ key: 'summary', label: t('remediation.summary'), span: 'filled' as const, children: plan.summary }]
            : []),
        ]}
      />
    </>
  );
}

function PlanForm({ plan, unitId, year }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanValues>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const write = usePlanWrite(unitId, year);
  const overdue = new Set(plan.actions.filter((a) => a.overdue).map((a) => a.id));
  const allDone = plan.actions.every((a) => a.status === 'done');

  const onError = (e: unknown) =>
    setProblem(isApiError(e, 409) ? { ...e.problem, detail: t('error.stale') } : applyProblemToForm(form, e));

  const handleFinish = (v: PlanValues) => {
    setProblem(null);
    const body = {
      version: plan.version,
      dueDate: toIsoDate(v.dueDate),
      ...responsibleBody(v, 'update'),
      summary: v.summary?.trim() ?? '',
      actions: trackedActionsBody(v.actions),
    };
    write.mutate(
      { kind: 'update', id: plan.id, body },
      { onSuccess: () => void message.success(t('remediation.saved')), onError },
    );
  };

  const handleComplete = () => {
    setProblem(null);
    write.mutate(
      { kind: 'complete', id: plan.id, version: plan.version },
      { onSuccess: () => void message.success(t('remediation.completedDone')), onError },
    );
  };

  return (
    <Form<PlanValues>
      form={form}
      layout="vertical"
      onFinish={handleFinish}
      initialValues={{
        dueDate: dayjs(plan.dueDate),
        responsibleMemberId: plan.responsibleMemberId ?? FREE_TEXT,
        responsibleName: plan.responsibleName,
        responsiblePosition: plan.responsiblePosition ?? '',
        summary: plan.summary ?? '',
        actions: plan.actions.map((a) => ({
          id: a.id,
          text: a.text,
          dueDate: a.dueDate ? dayjs(a.dueDate) : null,
          status: a.status,
          progress: a.progress ?? '',
        })),
      }}
      data-testid="remediation-edit-form"
    >
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      <PlanHeaderFields
        unitId={unitId}
        current={plan.responsibleMemberId ? { id: plan.responsibleMemberId, name: plan.responsibleName } : null}
        disablePast={false}
      />
      <ActionListField tracking overdue={overdue} />
      <Flex justify="end" gap={8} wrap style={{ marginTop: 16 }}>
        <Tooltip title={allDone ? undefined : t('remediation.completeHint')}>
          <Button
            icon={<CheckOutlined />}
            onClick={handleComplete}
            disabled={!allDone || !plan.can.complete}
            loading={write.isPending && write.variables?.kind === 'complete'}
            data-testid="remediation-complete"
          >
            {t('remediation.complete')}
          </Button>
        </Tooltip>
        <Button
          type="primary"
          htmlType="submit"
          icon={<SaveOutlined />}
          loading={write.isPending && write.variables?.kind === 'update'}
          data-testid="remediation-save"
        >
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}

function ActionsTable({ actions }: { actions: ActionView[] }) {
  const t = useT();
  return (
    <Table<ActionView>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={actions}
      data-testid="remediation-actions"
      onRow={(a) => (a.overdue ? { style: { background: '#fff1f0' } } : {})}
      columns={[
        { key: 'n', title: '#', width: 40, dataIndex: 'position' },
        { key: 'text', title: t('remediation.actionText'), dataIndex: 'text' },
        {
          key: 'due',
          title: t('remediation.actionDue'),
          width: 130,
          render: (_, a) => (
            <Flex gap={4} wrap>
              {formatDate(a.dueDate)}
              {a.overdue && <Tag color="red">{t('remediation.overdue')}</Tag>}
            </Flex>
          ),
        },
        {
          key: 'status',
          title: t('remediation.status'),
          width: 130,
          render: (_, a) => <Tag color={actionStatusColors[a.status]}>{t(`remediation.actionStatus.${a.status}`)}</Tag>,
        },
        { key: 'progress', title: t('remediation.progressNote'), dataIndex: 'progress', responsive: ['md'] },
      ]}
    />
  );
}
