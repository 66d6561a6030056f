import { Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import type { UnitDetail } from '../../../../common/org-unit/schemas.ts';
import { api } from '../../../api/client.ts';
import { toIsoDate } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { blankToUndefined, EffectiveDateField, NoteField, today } from './fields.tsx';
import { UnitFormModal } from './UnitFormModal.tsx';

type Values = { name: string; typeLabel?: string; effectiveDate: Dayjs; note?: string };

export function RenameUnitModal({ unit, onClose }: { unit: UnitDetail; onClose: () => void }) {
  const t = useT();
  const submit = (v: Values) =>
    api.patch<UnitDetail>(`/api/units/${unit.id}/rename`, {
      version: unit.version,
      name: v.name.trim(),
      typeLabel: blankToUndefined(v.typeLabel),
      effectiveDate: toIsoDate(v.effectiveDate),
      note: blankToUndefined(v.note),
    });
  return (
    <UnitFormModal<Values>
      title={`${t('unit.actionRename')} — ${unit.name}`}
      testId="unit-rename-form"
      submit={submit}
      onClose={onClose}
      initialValues={{ name: unit.name, typeLabel: unit.typeLabel ?? undefined, effectiveDate: today() }}
    >
      <Form.Item
        name="name"
        label={t('unit.newName')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 200 }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="typeLabel" label={t('unit.typeLabel')} extra={t('unit.typeLabelHint')}>
        <Input maxLength={60} style={{ maxWidth: 240 }} />
      </Form.Item>
      <EffectiveDateField />
      <NoteField />
    </UnitFormModal>
  );
}
