import { Form, Input, InputNumber, Select } from 'antd';
import type { ExemplarBody, ExemplarView } from '../../../common/exemplar/schemas.ts';
import { api } from '../../api/client.ts';
import { useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { UnitField } from '../../components/UnitField.tsx';
import { WriteFormModal } from '../../components/WriteFormModal.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { base } from './ExemplarsPage.tsx';

type Values = ExemplarBody & { unitId?: number };

/** Adds an exemplar (no `exemplar`) or edits one at the version shown. */
export function ExemplarFormModal({
  exemplar,
  onClose,
  onDone,
}: {
  exemplar?: ExemplarView;
  onClose: () => void;
  onDone?: (e: ExemplarView) => void;
}) {
  const t = useT();
  const write = useRegistryWrite(base, (v: Values) =>
    exemplar
      ? api.put<ExemplarView>(`${base}/${exemplar.id}`, { ...v, version: exemplar.version })
      : api.post<ExemplarView>(base, v),
  );
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <WriteFormModal<Values, ExemplarView>
      title={exemplar ? `${t('registry.edit')} — ${exemplar.name}` : t('exemplar.new')}
      testId="exemplar-form"
      write={write}
      successText={t('registry.saved')}
      onClose={onClose}
      onDone={onDone}
      initialValues={exemplar ?? { recipientKind: 'individual', year: new Date().getFullYear() }}
    >
      {!exemplar && (
        <Form.Item name="unitId" label={t('registry.unit')} rules={[{ required: true, message: t('common.required') }]}>
          <UnitField />
        </Form.Item>
      )}
      <Form.Item name="recipientKind" label={t('exemplar.recipientKind')} rules={[{ required: true }]}>
        <Select
          options={(['individual', 'collective'] as const).map((k) => ({ value: k, label: t(`exemplar.kind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="name" label={t('exemplar.name')} rules={required}>
        <Input maxLength={200} data-testid="field-name" />
      </Form.Item>
      <Form.Item name="position" label={t('exemplar.position')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="year" label={t('exemplar.year')} rules={[{ required: true, message: t('common.required') }]}>
        <InputNumber min={2000} max={2100} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="field" label={t('exemplar.field')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="achievements" label={t('exemplar.achievements')} rules={required}>
        <Input.TextArea rows={4} maxLength={4000} />
      </Form.Item>
      <Form.Item name="recognizedBy" label={t('exemplar.recognizedBy')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="decisionNumber" label={t('exemplar.decisionNumber')}>
        <Input maxLength={100} />
      </Form.Item>
    </WriteFormModal>
  );
}
