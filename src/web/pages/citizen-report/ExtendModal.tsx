import { type ButtonProps, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { ReportDetail } from '../../../common/citizen-report/schemas.ts';
import type { Problem } from '../../api/client.ts';
import { applyProblemToForm } from '../../api/forms.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useReportWrite } from './useReports.ts';

/** Grants the next legal extension, with the reason written on the item's history. */
export function ExtendModal({ report, open, onClose }: { report: ReportDetail; open: boolean; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const write = useReportWrite(report.id);
  const [problem, setProblem] = useState<Problem | null>(null);
  const next = report.timeLimit.extensions[report.extensions];
  const submit = async () => {
    const v = await form.validateFields();
    write.mutate(
      { kind: 'extend', body: { version: report.version, reason: v.reason } },
      {
        onSuccess: () => {
          form.resetFields();
          onClose();
        },
        onError: (e) => setProblem(applyProblemToForm(form, e)),
      },
    );
  };
  return (
    <Modal
      open={open}
      title={t('report.extend')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={write.isPending}
      okButtonProps={{ 'data-testid': 'extend-submit' } as ButtonProps}
    >
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      <Typography.Paragraph type="secondary">
        {t('report.timeLimit.extensions', { count: report.extensions, left: report.extensionsLeft })}
        {next ? ` (+${next})` : ''}
      </Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('report.extend.reason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="extend-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
