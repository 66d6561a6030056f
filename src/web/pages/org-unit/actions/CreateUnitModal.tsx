import { DatePicker, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import {
  type CreateUnitBody,
  type UnitDetail,
  type UnitKind,
  type UnitLevel,
  unitKinds,
  unitLevels,
} from '../../../../common/org-unit/schemas.ts';
import { api } from '../../../api/client.ts';
import { DATE_FORMAT, toIsoDate } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { blankToUndefined, CodeNameFields } from './fields.tsx';
import { UnitFormModal } from './UnitFormModal.tsx';

type Values = { kind: UnitKind; level?: UnitLevel; code?: string; name: string; typeLabel?: string; validFrom?: Dayjs };

/** The usual level under a parent; after the 2025 reform communes sit directly under provinces. */
const nextLevel: Partial<Record<UnitLevel, UnitLevel>> = {
  national: 'province',
  province: 'commune',
  district: 'commune',
  commune: 'residentialArea',
};

export function CreateUnitModal({ parent, onClose }: { parent: UnitDetail; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const submit = (v: Values) => {
    const body: CreateUnitBody = {
      parentId: parent.id,
      kind: v.kind,
      level: v.kind === 'administrative' ? v.level : undefined,
      code: blankToUndefined(v.code),
      name: v.name.trim(),
      typeLabel: blankToUndefined(v.typeLabel),
      validFrom: v.validFrom ? toIsoDate(v.validFrom) : undefined,
    };
    return api.post<UnitDetail>('/api/units', body);
  };
  const levels = unitLevels.filter((l) => l !== 'national');
  return (
    <UnitFormModal<Values>
      title={`${t('unit.actionCreate')} — ${parent.name}`}
      testId="unit-create-form"
      submit={submit}
      onClose={onClose}
      onDone={(u) => navigate(`/units/${u.id}`)}
      successKey="unit.created"
      initialValues={{ kind: 'administrative', level: parent.level ? nextLevel[parent.level] : undefined }}
    >
      <Form.Item name="kind" label={t('unit.kind')} rules={[{ required: true }]}>
        <Select options={unitKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
      </Form.Item>
      <Form.Item noStyle dependencies={['kind']}>
        {({ getFieldValue }) =>
          getFieldValue('kind') === 'administrative' && (
            <Form.Item name="level" label={t('unit.level')} rules={[{ required: true, message: t('common.required') }]}>
              <Select options={levels.map((l) => ({ value: l, label: t(`level.${l}`) }))} />
            </Form.Item>
          )
        }
      </Form.Item>
      <CodeNameFields />
      <Form.Item name="validFrom" label={t('unit.validFrom')}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
    </UnitFormModal>
  );
}
