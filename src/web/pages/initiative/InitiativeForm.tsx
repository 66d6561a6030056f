import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { InitiativeBody, InitiativeDetail } from '../../../common/initiative/schemas.ts';
import { workingStages } from '../../../domain/initiative/stage.ts';
import { api } from '../../api/client.ts';
import { dayOf, isFuture, isoOf } from '../../components/registry/dates.ts';
import { useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { UnitField } from '../../components/UnitField.tsx';
import { WriteFormModal } from '../../components/WriteFormModal.tsx';
import { DATE_FORMAT } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { base, useInitiativeTypes } from './useInitiative.ts';

type Values = Omit<InitiativeBody, 'startedOn'> & { startedOn: Dayjs; unitId?: number };
const CAMERA = 'securityCamera';

/** Adds an initiative (no `initiative`) or edits one at the version shown; camera fields for the camera type. */
export function InitiativeFormModal({
  initiative,
  onClose,
  onDone,
}: {
  initiative?: InitiativeDetail;
  onClose: () => void;
  onDone?: (i: InitiativeDetail) => void;
}) {
  const t = useT();
  const { types, nameOf } = useInitiativeTypes();
  const write = useRegistryWrite(base, (v: Values) => {
    const body = { ...v, startedOn: isoOf(v.startedOn) };
    return initiative
      ? api.put<InitiativeDetail>(`${base}/${initiative.id}`, { ...body, version: initiative.version })
      : api.post<InitiativeDetail>(base, body);
  });
  const required = [{ required: true, message: t('common.required') }];
  const from = initiative ? workingStages.indexOf(initiative.stage) : 0;
  return (
    <WriteFormModal<Values, InitiativeDetail>
      title={initiative ? `${t('registry.edit')} — ${initiative.name}` : t('initiative.new')}
      testId="initiative-form"
      write={write}
      successText={t('registry.saved')}
      onClose={onClose}
      onDone={onDone}
      width={640}
      initialValues={
        initiative
          ? { ...initiative, startedOn: dayOf(initiative.startedOn) }
          : { stage: 'registered', typeCode: undefined }
      }
    >
      {(form) => (
        <>
          {!initiative && (
            <Form.Item name="unitId" label={t('registry.unit')} rules={required}>
              <UnitField />
            </Form.Item>
          )}
          <Form.Item name="name" label={t('initiative.name')} rules={[{ ...required[0], whitespace: true }]}>
            <Input maxLength={300} data-testid="field-name" />
          </Form.Item>
          <Form.Item name="typeCode" label={t('initiative.type')} rules={required}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="field-type"
              options={types
                .filter((x) => x.active || x.code === initiative?.typeCode)
                .map((x) => ({ value: x.code, label: nameOf(x.code) }))}
            />
          </Form.Item>
          <Form.Item name="startedOn" label={t('initiative.startedOn')} rules={required}>
            <DatePicker format={DATE_FORMAT} disabledDate={isFuture} data-testid="field-started" />
          </Form.Item>
          <Form.Item name="stage" label={t('initiative.stage')} rules={required} extra={t('initiative.stageHint')}>
            <Select
              data-testid="field-stage"
              options={workingStages.map((s, i) => ({
                value: s,
                label: t(`initiative.stage.${s}`),
                disabled: i < from,
              }))}
            />
          </Form.Item>
          <Form.Item name="leadOrganization" label={t('initiative.leadOrganization')}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="description" label={t('initiative.description')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item name="results" label={t('initiative.results')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.typeCode !== b.typeCode}>
            {() =>
              form.getFieldValue('typeCode') === CAMERA && (
                <>
                  <Form.Item name="cameraCount" label={t('initiative.cameraCount')} rules={required}>
                    <InputNumber min={1} style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name="cameraLocations" label={t('initiative.cameraLocations')} rules={required}>
                    <Input.TextArea rows={2} maxLength={2000} />
                  </Form.Item>
                </>
              )
            }
          </Form.Item>
        </>
      )}
    </WriteFormModal>
  );
}
