import { Form } from 'antd';
import type { Dayjs } from 'dayjs';
import type { UnitDetail } from '../../../../common/org-unit/schemas.ts';
import { api } from '../../../api/client.ts';
import { UnitField } from '../../../components/UnitField.tsx';
import { toIsoDate } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { blankToUndefined, EffectiveDateField, NoteField, today } from './fields.tsx';
import { UnitFormModal } from './UnitFormModal.tsx';

type Values = { newParentId: number; effectiveDate: Dayjs; note?: string };

export function MoveUnitModal({ unit, onClose }: { unit: UnitDetail; onClose: () => void }) {
  const t = useT();
  const submit = (v: Values) =>
    api.post<UnitDetail>(`/api/units/${unit.id}/move`, {
      version: unit.version,
      newParentId: v.newParentId,
      effectiveDate: toIsoDate(v.effectiveDate),
      note: blankToUndefined(v.note),
    });
  return (
    <UnitFormModal<Values>
      title={`${t('unit.actionMove')} — ${unit.name}`}
      testId="unit-move-form"
      submit={submit}
      onClose={onClose}
      initialValues={{ effectiveDate: today() }}
    >
      <Form.Item
        name="newParentId"
        label={t('unit.newParent')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <UnitField />
      </Form.Item>
      <EffectiveDateField />
      <NoteField />
    </UnitFormModal>
  );
}
