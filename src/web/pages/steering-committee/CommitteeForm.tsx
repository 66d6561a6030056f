import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { SteeringCommitteeDetail, SteeringCommitteeView } from '../../../common/steering-committee/schemas.ts';
import { api } from '../../api/client.ts';
import { useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { UnitField } from '../../components/UnitField.tsx';
import { WriteFormModal } from '../../components/WriteFormModal.tsx';
import { DATE_FORMAT, toIsoDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';

const base = '/api/steering-committees';

type Values = { unitId?: number; name: string; establishedOn: Dayjs; decisionNumber?: string | null };

/** Sets up a committee (no `committee`) or edits one at the version shown. */
export function CommitteeFormModal({
  committee,
  onClose,
  onDone,
}: {
  committee?: SteeringCommitteeView;
  onClose: () => void;
  onDone?: (c: SteeringCommitteeDetail) => void;
}) {
  const t = useT();
  const write = useRegistryWrite(base, (v: Values) => {
    const body = { ...v, establishedOn: toIsoDate(v.establishedOn) };
    return committee
      ? api.put<SteeringCommitteeDetail>(`${base}/${committee.id}`, { ...body, version: committee.version })
      : api.post<SteeringCommitteeDetail>(base, body);
  });
  return (
    <WriteFormModal<Values, SteeringCommitteeDetail>
      title={committee ? `${t('registry.edit')} — ${committee.name}` : t('steeringCommittee.new')}
      testId="steering-committee-form"
      write={write}
      successText={t('registry.saved')}
      onClose={onClose}
      onDone={onDone}
      width={640}
      initialValues={
        committee
          ? { ...committee, establishedOn: dayjs(committee.establishedOn) }
          : { name: t('steeringCommittee.namePrefix') }
      }
    >
      {!committee && (
        <Form.Item name="unitId" label={t('registry.unit')} rules={[{ required: true, message: t('common.required') }]}>
          <UnitField />
        </Form.Item>
      )}
      <Form.Item
        name="name"
        label={t('steeringCommittee.name')}
        tooltip={t('steeringCommittee.nameHint')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} data-testid="field-name" />
      </Form.Item>
      <Form.Item
        name="establishedOn"
        label={t('steeringCommittee.establishedOn')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <DatePicker format={DATE_FORMAT} data-testid="field-established" />
      </Form.Item>
      <Form.Item name="decisionNumber" label={t('steeringCommittee.decisionNumber')}>
        <Input maxLength={100} />
      </Form.Item>
    </WriteFormModal>
  );
}
