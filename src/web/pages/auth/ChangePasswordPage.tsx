import { App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import type { Problem } from '../../api/client.ts';
import { applyProblemToForm } from '../../api/forms.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useChangePassword } from './useAuth.ts';

type Values = { currentPassword: string; newPassword: string; confirm: string };

export function ChangePasswordPage() {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const [problem, setProblem] = useState<Problem | null>(null);

  const handleFinish = ({ currentPassword, newPassword }: Values) => {
    setProblem(null);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('auth.passwordChanged'));
        },
        onError: (e) => setProblem(applyProblemToForm(form, e)),
      },
    );
  };

  return (
    <Card title={t('auth.changePassword')} style={{ maxWidth: 480 }}>
      <ProblemAlert problem={problem} />
      <Form form={form} layout="vertical" onFinish={handleFinish} data-testid="password-form">
        <Form.Item
          name="currentPassword"
          label={t('auth.currentPassword')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('auth.newPassword')}
          extra={t('auth.passwordHint')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('auth.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('common.required') },
            ({ getFieldValue }) => ({
              validator: (_, v) =>
                !v || v === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('auth.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
