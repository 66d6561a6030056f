import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { GrantBody, UserView } from '../../../common/user/schemas.ts';
import type { Problem } from '../../api/client.ts';
import { applyProblemToForm } from '../../api/forms.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { GrantFields } from './GrantFields.tsx';
import { useAddGrant, useCreateUser } from './useUsers.ts';

type CreateValues = { username: string; displayName: string; password: string; grants: Partial<GrantBody>[] };

export function CreateUserModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateValues>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const create = useCreateUser();

  const handleFinish = (v: CreateValues) => {
    setProblem(null);
    const grants = v.grants.filter((g): g is GrantBody => !!g.role && !!g.unitId);
    create.mutate(
      { username: v.username.trim(), displayName: v.displayName.trim(), password: v.password, grants },
      {
        onSuccess: () => {
          void message.success(t('user.created'));
          onClose();
        },
        onError: (e) => setProblem(applyProblemToForm(form, e)),
      },
    );
  };

  const required = { required: true, whitespace: true, message: t('common.required') };
  return (
    <Modal
      open
      title={t('user.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: create.isPending, ...{ 'data-testid': 'user-create-submit' } }}
      mask={{ closable: false }}
    >
      <div data-testid="user-create-form">
        <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
        <Form form={form} layout="vertical" onFinish={handleFinish} initialValues={{ grants: [{}] }}>
          <Form.Item name="username" label={t('user.username')} rules={[required]}>
            <Input autoComplete="off" maxLength={60} />
          </Form.Item>
          <Form.Item name="displayName" label={t('user.displayName')} rules={[required]}>
            <Input maxLength={120} />
          </Form.Item>
          <Form.Item name="password" label={t('user.password')} extra={t('auth.passwordHint')} rules={[required]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <GrantFields prefix={['grants', 0]} />
        </Form>
      </div>
    </Modal>
  );
}

export function AddGrantModal({ user, onClose }: { user: UserView; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<GrantBody>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const add = useAddGrant();

  const handleFinish = (v: GrantBody) => {
    setProblem(null);
    add.mutate(
      { userId: user.id, ...v },
      {
        onSuccess: () => {
          void message.success(t('user.grantAdded'));
          onClose();
        },
        onError: (e) => setProblem(applyProblemToForm(form, e)),
      },
    );
  };

  return (
    <Modal
      open
      title={t('user.addGrantFor', { name: user.displayName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: add.isPending, ...{ 'data-testid': 'grant-add-submit' } }}
      mask={{ closable: false }}
    >
      <div data-testid="grant-add-form">
        <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
        <Form form={form} layout="vertical" onFinish={handleFinish}>
          <GrantFields />
        </Form>
      </div>
    </Modal>
  );
}
