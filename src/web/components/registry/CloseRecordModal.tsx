import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { api } from '../../api/client.ts';
import { DATE_FORMAT } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { WriteFormModal } from '../WriteFormModal.tsx';
import { isFuture, isoOf } from './dates.ts';
import { useRegistryWrite } from './useRegistry.ts';

type Values = { closedOn: Dayjs; reason: string };

/** Closes a record (stopped, dissolved, ended) with a date and a reason; it stays in lists and counts. */
export function CloseRecordModal({
  base,
  record,
  title,
  onClose,
}: {
  base: string;
  record: { id: number; version: number };
  title: string;
  onClose: () => void;
}) {
  const t = useT();
  const write = useRegistryWrite(base, (v: Values) =>
    api.post(`${base}/${record.id}/close`, { version: record.version, closedOn: isoOf(v.closedOn), reason: v.reason }),
  );
  return (
    <WriteFormModal<Values, unknown>
      title={title}
      testId="registry-close-form"
      write={write}
      successText={t('registry.closedDone')}
      onClose={onClose}
      initialValues={{ closedOn: dayjs() }}
      danger
    >
      <Form.Item
        name="closedOn"
        label={t('registry.closeDate')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <DatePicker
          format={DATE_FORMAT}
          disabledDate={isFuture}
          style={{ width: '100%' }}
          data-testid="field-closedOn"
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('registry.closeReason')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid="field-reason" />
      </Form.Item>
    </WriteFormModal>
  );
}
