import { App, type ButtonProps, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ReportDetail } from '../../../common/citizen-report/schemas.ts';
import type { Problem } from '../../api/client.ts';
import { applyProblemToForm } from '../../api/forms.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useDebounced } from '../../components/useDebounced.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useCommunes, useReroute } from './useReports.ts';

/** Sends the item to another commune (anywhere): the reporter may have picked the wrong place. */
export function RerouteModal({ report, open, onClose }: { report: ReportDetail; open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ unitId: number; reason: string }>();
  const [search, setSearch] = useState('');
  const q = useDebounced(search, 300);
  const communes = useCommunes(q, open);
  const reroute = useReroute(report.id);
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    reroute.mutate(
      { ...v, version: report.version },
      {
        onSuccess: (res) => {
          void message.success(t('report.reroute.left', { unit: res.unit.name }));
          onClose();
          if (!res.stillVisible) navigate('/reports');
        },
        onError: (e) => setProblem(applyProblemToForm(form, e)),
      },
    );
  };
  return (
    <Modal
      open={open}
      title={t('report.reroute')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={reroute.isPending}
      okButtonProps={{ 'data-testid': 'reroute-submit' } as ButtonProps}
    >
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      <Form form={form} layout="vertical">
        <Form.Item
          name="unitId"
          label={t('report.reroute.unit')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            loading={communes.isFetching}
            data-testid="reroute-unit"
            options={(communes.data ?? [])
              .filter((c) => c.id !== report.unit.id)
              .map((c) => ({ value: c.id, label: [c.name, ...c.pathNames.slice().reverse()].join(', ') }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('report.reroute.reason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="reroute-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
