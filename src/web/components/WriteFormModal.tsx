import type { UseMutationResult } from '@tanstack/react-query';
import { App, Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { isApiError, type Problem } from '../api/client.ts';
import { applyProblemToForm } from '../api/forms.ts';
import { useT } from '../i18n/I18nProvider.tsx';
import { ProblemAlert } from './ProblemAlert.tsx';

export type WriteFormModalProps<V, R> = {
  title: string;
  testId: string;
  /** the feature's mutation (it knows which caches to refresh) */
  write: UseMutationResult<R, Error, V>;
  successText: string;
  onClose: () => void;
  onDone?: (result: R) => void;
  initialValues?: Partial<V>;
  danger?: boolean;
  width?: number;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
};

/**
 * A modal form for one write. Server field errors land on their fields; a 409
 * says the record changed meanwhile (the feature's mutation has refreshed the
 * cache, so saving again sends the current version).
 */
export function WriteFormModal<V extends object, R>(props: WriteFormModalProps<V, R>) {
  const { title, testId, write, successText, onClose, onDone, initialValues, danger, width, children } = props;
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [problem, setProblem] = useState<Problem | null>(null);

  const handleFinish = (values: V) => {
    setProblem(null);
    write.mutate(values, {
      onSuccess: (result) => {
        void message.success(successText);
        onClose();
        onDone?.(result);
      },
      onError: (e) => {
        if (isApiError(e, 409)) setProblem({ ...e.problem, detail: t('error.stale') });
        else setProblem(applyProblemToForm(form, e));
      },
    });
  };

  return (
    <Modal
      open
      title={title}
      width={width ?? 560}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger, loading: write.isPending, ...{ 'data-testid': `${testId}-submit` } }}
      mask={{ closable: false }}
    >
      <div data-testid={testId}>
        <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
        <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={handleFinish}>
          {typeof children === 'function' ? children(form) : children}
        </Form>
      </div>
    </Modal>
  );
}
