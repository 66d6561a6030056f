import type { FormInstance } from 'antd';
import type { ReactNode } from 'react';
import type { UnitDetail } from '../../../../common/org-unit/schemas.ts';
import { WriteFormModal } from '../../../components/WriteFormModal.tsx';
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

/** A modal form for one unit change; on a 409 the cache already holds the current unit. */
export function UnitFormModal<V extends object>({ submit, successKey, ...props }: Props<V>) {
  const t = useT();
  const write = useUnitWrite(submit);
  return <WriteFormModal<V, UnitDetail> {...props} write={write} successText={t(successKey ?? 'unit.updated')} />;
}
