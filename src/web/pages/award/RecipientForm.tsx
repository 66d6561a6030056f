import { Form, Input, Select } from 'antd';
import type { AwardRecipientBody } from '../../../common/award/schemas.ts';
import { api } from '../../api/client.ts';
import { useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { UnitField } from '../../components/UnitField.tsx';
import { WriteFormModal } from '../../components/WriteFormModal.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';

/** Adds a collective or a person to a proposal or a decision (`path`), at the parent's version. */
export function RecipientFormModal({
  base,
  path,
  version,
  onClose,
}: {
  base: string;
  path: string;
  version: number;
  onClose: () => void;
}) {
  const t = useT();
  const write = useRegistryWrite(base, (v: AwardRecipientBody) => api.post(path, { ...v, version }));
  return (
    <WriteFormModal<AwardRecipientBody, unknown>
      title={t('award.addRecipient')}
      testId="award-recipient-form"
      write={write}
      successText={t('registry.saved')}
      onClose={onClose}
      initialValues={{ recipientKind: 'collective' }}
    >
      {(form) => (
        <>
          <Form.Item name="recipientKind" label={t('award.recipientKind')} rules={[{ required: true }]}>
            <Select
              data-testid="field-recipientKind"
              options={(['collective', 'individual'] as const).map((k) => ({ value: k, label: t(`award.kind.${k}`) }))}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() =>
              form.getFieldValue('recipientKind') === 'collective' && (
                <Form.Item
                  name="collectiveUnitId"
                  label={t('award.collectiveUnit')}
                  extra={t('award.collectiveUnitHint')}
                >
                  <UnitField />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item name="name" label={t('award.name')}>
            <Input maxLength={300} data-testid="field-name" />
          </Form.Item>
          <Form.Item name="position" label={t('award.position')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="achievements" label={t('award.achievements')}>
            <Input.TextArea rows={3} maxLength={4000} data-testid="field-achievements" />
          </Form.Item>
        </>
      )}
    </WriteFormModal>
  );
}
