import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { SafetyView } from '../../../common/safety/schemas.ts';
import { isApiError, type Problem } from '../../api/client.ts';
import { applyProblemToForm } from '../../api/forms.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useSafetyWrite } from './useSafety.ts';

/** Withdraws a granted title; the reason is required and kept beside the decision. */
export function RevokeSafetyModal({ view, onClose }: { view: SafetyView; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const write = useSafetyWrite(view.unit.id, view.year);

  const handleFinish = ({ reason }: { reason: string }) => {
    setProblem(null);
    write.mutate(
      { kind: 'revoke', body: { version: view.recognition!.version, reason: reason.trim() } },
      {
        onSuccess: () => {
          void message.success(t('safety.revokedDone'));
          onClose();
        },
        onError: (e) =>
          setProblem(isApiError(e, 409) ? { ...e.problem, detail: t('error.stale') } : applyProblemToForm(form, e)),
      },
    );
  };

  return (
    <Modal
      open
      title={t('safety.revokeTitle', { unit: view.unit.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('safety.revoke')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, loading: write.isPending, ...{ 'data-testid': 'safety-revoke-confirm' } }}
      mask={{ closable: false }}
    >
      <Alert type="warning" showIcon title={t('safety.revokeWarning')} style={{ marginBottom: 16 }} />
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      <Form form={form} layout="vertical" onFinish={handleFinish}>
        <Form.Item
          name="reason"
          label={t('safety.revokeReason')}
          rules={[{ required: true, whitespace: true, message: t('safety.revokeReasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} data-testid="safety-revoke-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
