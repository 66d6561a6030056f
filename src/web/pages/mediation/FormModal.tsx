import type { FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { WriteFormModal } from '../../components/WriteFormModal.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useMediationWrite } from './useMediation.ts';

type Props<V, R> = {
  title: string;
  testId: string;
  submit: (values: V) => Promise<R>;
  onClose: () => void;
  onDone?: (result: R) => void;
  initialValues?: Partial<V>;
  danger?: boolean;
  width?: number;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
};

/** A modal form for one mediation write; the lists refetch after it, and after a 409. */
export function FormModal<V extends object, R>({ submit, ...props }: Props<V, R>) {
  const t = useT();
  const write = useMediationWrite(submit);
  return <WriteFormModal<V, R> {...props} write={write} successText={t('mediation.saved')} />;
}
