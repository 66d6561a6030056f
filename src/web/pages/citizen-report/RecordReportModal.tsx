import { Alert, Checkbox, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import {
  categoriesByType,
  kindsOfType,
  type RecordReportBody,
  type RecordResult,
  type ReportType,
} from '../../../common/citizen-report/schemas.ts';
import type { Problem } from '../../api/client.ts';
import { applyProblemToForm } from '../../api/forms.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { UnitField } from '../../components/UnitField.tsx';
import { DATE_FORMAT, toIsoDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useLabel } from './labels.tsx';
import { useRecordReport } from './useReports.ts';

type Values = Omit<RecordReportBody, 'occurredOn'> & { occurredOn?: dayjs.Dayjs };

/** A tip or petition received by phone, in person or by mail; the caller gets the code and secret read back. */
export function RecordReportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const label = useLabel();
  const [form] = Form.useForm<Values>();
  const record = useRecordReport();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<RecordResult | null>(null);
  const type = (Form.useWatch('type', form) ?? 'tip') as ReportType;
  const anonymous = Form.useWatch('anonymous', form) ?? true;

  const close = () => {
    form.resetFields();
    setDone(null);
    setProblem(null);
    onClose();
  };
  const submit = async () => {
    const v = await form.validateFields();
    setProblem(null);
    record.mutate(
      { ...v, occurredOn: v.occurredOn ? toIsoDate(v.occurredOn) : undefined },
      { onSuccess: setDone, onError: (e) => setProblem(applyProblemToForm(form, e)) },
    );
  };

  return (
    <Modal
      open={open}
      title={t('report.record')}
      onCancel={close}
      onOk={done ? close : submit}
      okText={done ? t('common.close') : t('common.save')}
      cancelButtonProps={done ? { style: { display: 'none' } } : undefined}
      confirmLoading={record.isPending}
      destroyOnHidden
    >
      {done ? (
        <Alert
          type="success"
          showIcon
          title={t('report.record.done')}
          description={
            <>
              <div>
                {t('report.code')}:{' '}
                <Typography.Text strong copyable data-testid="record-code">
                  {done.receiptCode}
                </Typography.Text>
              </div>
              <div>
                {t('report.record.secret')}:{' '}
                <Typography.Text strong copyable data-testid="record-secret">
                  {done.secret}
                </Typography.Text>
              </div>
            </>
          }
        />
      ) : (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ type: 'tip', kind: 'crimeReport', channel: 'phone', anonymous: true }}
        >
          <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
          <Form.Item name="channel" label={t('report.channel')} rules={[{ required: true }]}>
            <Select
              options={(['phone', 'inPerson', 'mail'] as const).map((c) => ({
                value: c,
                label: label('report.channel', c),
              }))}
            />
          </Form.Item>
          <Form.Item name="type" label={t('report.type')} rules={[{ required: true }]}>
            <Select
              options={(['tip', 'petition'] as const).map((c) => ({ value: c, label: label('report.type', c) }))}
              onChange={(v: ReportType) => form.setFieldsValue({ kind: kindsOfType[v][0], category: undefined })}
            />
          </Form.Item>
          <Form.Item name="kind" label={t('report.kind')} rules={[{ required: true }]}>
            <Select options={kindsOfType[type].map((k) => ({ value: k, label: label('report.kind', k) }))} />
          </Form.Item>
          <Form.Item
            name="category"
            label={t('report.category')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select options={categoriesByType[type].map((k) => ({ value: k, label: label('report.category', k) }))} />
          </Form.Item>
          <Form.Item
            name="unitId"
            label={t('report.commune')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <UnitField level="commune" />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('report.description')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input.TextArea rows={4} maxLength={10000} />
          </Form.Item>
          <Form.Item name="occurredOn" label={t('report.occurredOn')}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="address" label={t('report.address')}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="anonymous" valuePropName="checked">
            <Checkbox>{t('report.anonymous')}</Checkbox>
          </Form.Item>
          {!anonymous && (
            <>
              <Form.Item name={['reporter', 'name']} label={t('report.reporter.name')}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name={['reporter', 'phone']} label={t('report.reporter.phone')}>
                <Input maxLength={50} />
              </Form.Item>
              <Form.Item name={['reporter', 'idNumber']} label={t('report.reporter.idNumber')}>
                <Input maxLength={50} />
              </Form.Item>
              <Form.Item name={['reporter', 'address']} label={t('report.reporter.address')}>
                <Input maxLength={500} />
              </Form.Item>
            </>
          )}
        </Form>
      )}
    </Modal>
  );
}
