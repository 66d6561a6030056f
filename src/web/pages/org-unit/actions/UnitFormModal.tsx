import { App, Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import type { UnitDetail } from '../../../../common/org-unit/schemas.ts';
import { isApiError, type Problem } from '../../../api/client.ts';
import { applyProblemToForm } from '../../../api/forms.ts';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../../i18n/messages.ts';
import { useUnitWrite } from '../useUnits.ts';

type Props<V> = {
  title: string;
  testId: string;
  /** Builds the request from the form values and sends it. */
  submit: (values: V) => Promise<UnitDetail>;
  onClose: () => void;
  onDone?: (result: UnitDetail) => void;
  initialValues?: Partial<V>;
  danger?: boolean;
  width?: number;
  successKey?: MessageKey;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
};

/**
 * A modal form for one unit change. Server field errors land on the fields;
 * a 409 explains that the unit changed meanwhile (the cache now holds the
 * current version, so saving again sends it).
 */
export function UnitFormModal<V extends object>(props: Props<V>) {
  const { title, testId, submit, onClose, onDone, initialValues, danger, width, children } = props;
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const write = useUnitWrite(submit);

  const handleFinish = (values: V) => {
    setProblem(null);
    write.mutate(values, {
      onSuccess: (result) => {
        void message.success(t(props.successKey ?? 'unit.updated'));
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
