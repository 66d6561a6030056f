import { Alert } from 'antd';
import type { Dayjs } from 'dayjs';
import type { UnitDetail } from '../../../../common/org-unit/schemas.ts';
import { api } from '../../../api/client.ts';
import { toIsoDate } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { EffectiveDateField, NoteField, today } from './fields.tsx';
import { UnitFormModal } from './UnitFormModal.tsx';

type Values = { effectiveDate: Dayjs; note: string };

export function CloseUnitModal({ unit, onClose }: { unit: UnitDetail; onClose: () => void }) {
  const t = useT();
  const submit = (v: Values) =>
    api.post<UnitDetail>(`/api/units/${unit.id}/close`, {
      version: unit.version,
      effectiveDate: toIsoDate(v.effectiveDate),
      note: v.note.trim(),
    });
  return (
    <UnitFormModal<Values>
      title={`${t('unit.actionClose')} — ${unit.name}`}
      testId="unit-close-form"
      submit={submit}
      onClose={onClose}
      danger
      initialValues={{ effectiveDate: today() }}
    >
      <Alert type="warning" showIcon title={t('unit.closeWarning')} style={{ marginBottom: 16 }} />
      <EffectiveDateField />
      <NoteField required label={t('unit.closeReason')} />
    </UnitFormModal>
  );
}
