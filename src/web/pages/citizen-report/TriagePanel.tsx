import { App, Button, Card, Flex, Form, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { categoriesByType, type ReportDetail, ReportPriority } from '../../../common/citizen-report/schemas.ts';
import type { Problem } from '../../api/client.ts';
import { applyProblemToForm } from '../../api/forms.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { ExtendModal } from './ExtendModal.tsx';
import { useLabel } from './labels.tsx';
import { RerouteModal } from './RerouteModal.tsx';
import { useReportWrite } from './useReports.ts';

type Values = { category: string; priority: string; assignedTo: number | null; status: 'triaged' | 'inProgress' };

/** Category, priority, assignee and stage; re-route and extend from here too. */
export function TriagePanel({ report }: { report: ReportDetail }) {
  const t = useT();
  const label = useLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const write = useReportWrite(report.id);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [modal, setModal] = useState<'reroute' | 'extend' | null>(null);
  const initial: Values = {
    category: report.category,
    priority: report.priority,
    assignedTo: report.assignee?.id ?? null,
    status: report.status === 'inProgress' ? 'inProgress' : 'triaged',
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the stored item changes
  useEffect(() => form.setFieldsValue(initial), [report.version]);
  const categories = [...new Set<string>([...categoriesByType[report.type], report.category])];

  const save = async () => {
    const v = await form.validateFields();
    setProblem(null);
    write.mutate(
      { kind: 'triage', body: { ...v, version: report.version } },
      {
        onSuccess: () => void message.success(t('report.saved')),
        onError: (e) => setProblem(applyProblemToForm(form, e)),
      },
    );
  };

  return (
    <Card size="small" title={t('report.triage')}>
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      <Form form={form} layout="vertical" initialValues={initial} disabled={!report.can.triage}>
        <Form.Item name="category" label={t('report.category')}>
          <Select
            data-testid="triage-category"
            options={categories.map((c) => ({ value: c, label: label('report.category', c) }))}
          />
        </Form.Item>
        <Form.Item name="priority" label={t('report.priority')}>
          <Select
            data-testid="triage-priority"
            options={ReportPriority.options.map((p) => ({ value: p, label: label('report.priority', p) }))}
          />
        </Form.Item>
        <Form.Item name="assignedTo" label={t('report.assignee')}>
          <Select
            allowClear
            data-testid="triage-assignee"
            placeholder={t('report.assigned.none')}
            options={report.assignees.map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
        <Form.Item name="status" label={t('report.triage.status')}>
          <Select
            data-testid="triage-status"
            options={(['triaged', 'inProgress'] as const).map((s) => ({ value: s, label: label('report.status', s) }))}
          />
        </Form.Item>
      </Form>
      <Flex wrap gap={8}>
        <Button
          type="primary"
          onClick={save}
          loading={write.isPending}
          disabled={!report.can.triage}
          data-testid="triage-save"
        >
          {t('report.triage.save')}
        </Button>
        <Button onClick={() => setModal('reroute')} disabled={!report.can.reroute} data-testid="reroute-open">
          {t('report.reroute')}
        </Button>
        <Button onClick={() => setModal('extend')} disabled={!report.can.extend} data-testid="extend-open">
          {t('report.extend')}
        </Button>
      </Flex>
      {report.can.triage && !report.can.extend && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          {t('report.extend.none')}
        </Typography.Text>
      )}
      <RerouteModal report={report} open={modal === 'reroute'} onClose={() => setModal(null)} />
      <ExtendModal report={report} open={modal === 'extend'} onClose={() => setModal(null)} />
    </Card>
  );
}
