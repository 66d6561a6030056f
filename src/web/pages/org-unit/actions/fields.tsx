import { DatePicker, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { DATE_FORMAT } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';

/** Fields shared by the versioned unit changes. */
export function EffectiveDateField() {
  const t = useT();
  return (
    <Form.Item
      name="effectiveDate"
      label={t('unit.effectiveDate')}
      rules={[{ required: true, message: t('common.required') }]}
    >
      <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
    </Form.Item>
  );
}

export function NoteField({ required = false, label }: { required?: boolean; label?: string }) {
  const t = useT();
  return (
    <Form.Item
      name="note"
      label={label ?? t('unit.note')}
      rules={[{ required, whitespace: true, message: t('common.required') }, { max: 1000 }]}
    >
      <Input.TextArea rows={2} maxLength={1000} />
    </Form.Item>
  );
}

export function CodeNameFields({ prefix = [] }: { prefix?: (string | number)[] }) {
  const t = useT();
  return (
    <>
      <Form.Item name={[...prefix, 'code']} label={t('unit.code')}>
        <Input inputMode="numeric" maxLength={5} style={{ maxWidth: 160 }} />
      </Form.Item>
      <Form.Item
        name={[...prefix, 'name']}
        label={t('unit.name')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 200 }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name={[...prefix, 'typeLabel']} label={t('unit.typeLabel')} extra={t('unit.typeLabelHint')}>
        <Input maxLength={60} style={{ maxWidth: 240 }} />
      </Form.Item>
    </>
  );
}

export const today = () => dayjs().startOf('day');

/** '' → undefined, so optional fields are left out of the request. */
export const blankToUndefined = (s: string | undefined | null) => (s?.trim() ? s.trim() : undefined);
