import { AimOutlined, SafetyOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Switch,
  TimePicker,
  Typography,
  type UploadFile,
} from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import {
  categoriesByType,
  kindsByType,
  type ReportType,
  type SubmitReportResult,
} from '../../../common/public-report/schemas.ts';
import type { Problem } from '../../api/client.ts';
import { applyProblemToForm } from '../../api/forms.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { DATE_FORMAT, toIsoDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { FileField, filesOf } from './FileField.tsx';
import { PublicShell } from './PublicShell.tsx';
import { ReceiptCard } from './ReceiptCard.tsx';
import { useCommunes, useProvinces, useSubmitReport } from './usePublicReport.ts';

type Values = {
  type: ReportType;
  kind: string;
  category: string;
  description: string;
  occurredOn?: dayjs.Dayjs | null;
  occurredTime?: dayjs.Dayjs | null;
  provinceId?: number;
  unitId?: number;
  address?: string;
  lat?: number | null;
  lng?: number | null;
  files?: UploadFile[];
  anonymous: boolean;
  contact?: { name?: string; phone?: string; email?: string; idNumber?: string; address?: string };
};

const FILE_PROBLEMS = [
  'public.fileType',
  'public.fileTooLarge',
  'public.fileEmpty',
  'public.filesTooLarge',
  'public.tooManyFiles',
];

/** /to-giac: a citizen sends a crime tip or a petition, with no account. */
export function PublicReportPage() {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [receipt, setReceipt] = useState<SubmitReportResult | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [powRunning, setPowRunning] = useState(false);
  const [locating, setLocating] = useState(false);
  const submit = useSubmitReport();
  const type = Form.useWatch('type', form) ?? 'tip';
  const kind = Form.useWatch('kind', form);
  const provinceId = Form.useWatch('provinceId', form);
  const anonymous = Form.useWatch('anonymous', form) ?? true;
  const provinces = useProvinces();
  const communes = useCommunes(provinceId);

  if (receipt)
    return (
      <PublicShell link="lookup">
        <ReceiptCard
          receipt={receipt}
          onAnother={() => {
            form.resetFields();
            setReceipt(null);
          }}
        />
      </PublicShell>
    );

  const handleFinish = (v: Values) => {
    setProblem(null);
    submit.mutate(
      {
        data: {
          type: v.type,
          kind: v.kind as never,
          category: v.category,
          description: v.description,
          occurredOn: v.occurredOn ? toIsoDate(v.occurredOn) : null,
          occurredTime: v.occurredTime ? v.occurredTime.format('HH:mm') : null,
          unitId: v.unitId as number,
          address: v.address || null,
          lat: v.lat ?? null,
          lng: v.lng ?? null,
          anonymous: v.anonymous,
          contact: v.anonymous ? null : v.contact,
        },
        files: filesOf(v.files),
        onPow: setPowRunning,
      },
      {
        onSuccess: (r) => {
          setReceipt(r);
          window.scrollTo(0, 0);
        },
        // Nothing typed is lost: the form keeps its values; the problem goes next to its field.
        onError: (e) => {
          const rest = applyProblemToForm(form, e);
          const key = rest?.type.split('/').pop() ?? '';
          if (rest && FILE_PROBLEMS.includes(key)) {
            form.setFields([{ name: 'files', errors: [rest.title] }]);
            setProblem(null);
          } else setProblem(rest ?? { type: 'about:blank', title: t('public.fixErrors'), status: 422 });
        },
      },
    );
  };

  const handleLocate = () => {
    if (!navigator.geolocation)
      return setProblem({ type: 'about:blank', title: t('public.locationFailed'), status: 0 });
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setLocating(false);
        form.setFieldsValue({ lat: Number(p.coords.latitude.toFixed(6)), lng: Number(p.coords.longitude.toFixed(6)) });
      },
      () => {
        setLocating(false);
        setProblem({ type: 'about:blank', title: t('public.locationFailed'), status: 0 });
      },
      { timeout: 10_000 },
    );
  };

  const busy = submit.isPending;
  return (
    <PublicShell link="lookup">
      <Typography.Paragraph type="secondary">{t('public.intro')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ type: 'tip', kind: 'crimeReport', anonymous: true }}
        onFinish={handleFinish}
        onFinishFailed={() => setProblem({ type: 'about:blank', title: t('public.fixErrors'), status: 422 })}
        scrollToFirstError
        data-testid="report-form"
      >
        <Card title={t('public.sectionWhat')} size="small" style={{ marginBottom: 12 }}>
          <Form.Item name="type" label={t('public.type')} required>
            <Radio.Group
              data-testid="report-type"
              style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
              onChange={(e) =>
                form.setFieldsValue({
                  kind: e.target.value === 'tip' ? 'crimeReport' : 'feedback',
                  category: undefined,
                })
              }
            >
              {(['tip', 'petition'] as const).map((ty) => (
                <Radio key={ty} value={ty} data-testid={`report-type-${ty}`}>
                  <strong>{t(`public.type.${ty}` as MessageKey)}</strong>
                  <div style={{ color: '#666', fontSize: 13 }}>{t(`public.type.${ty}.help` as MessageKey)}</div>
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="kind"
            label={t('public.kind')}
            required
            extra={kind ? t(`public.kind.${kind}.help` as MessageKey) : undefined}
          >
            <Select
              data-testid="report-kind"
              size="large"
              options={kindsByType[type].map((k) => ({ value: k, label: t(`public.kind.${k}` as MessageKey) }))}
            />
          </Form.Item>
          <Form.Item
            name="category"
            label={t('public.category')}
            rules={[{ required: true, message: t('public.category.required') }]}
          >
            <Select
              data-testid="report-category"
              size="large"
              placeholder={t('public.category')}
              options={categoriesByType[type].map((c) => ({
                value: c,
                label: t(`public.category.${c}` as MessageKey),
              }))}
            />
          </Form.Item>
        </Card>

        <Card title={t('public.sectionStory')} size="small" style={{ marginBottom: 12 }}>
          <Form.Item
            name="description"
            label={t('public.description')}
            rules={[{ required: true, whitespace: true, min: 20, message: t('public.description.required') }]}
          >
            <Input.TextArea
              data-testid="report-description"
              autoSize={{ minRows: 5, maxRows: 14 }}
              maxLength={10_000}
              showCount
              placeholder={t('public.description.placeholder')}
            />
          </Form.Item>
          <Space wrap size={12} style={{ width: '100%' }}>
            <Form.Item
              name="occurredOn"
              label={t('public.occurredOn')}
              rules={[
                {
                  validator: (_, d?: dayjs.Dayjs | null) =>
                    d?.isAfter(new Date(), 'day') ? Promise.reject(t('public.dateFuture')) : Promise.resolve(),
                },
              ]}
            >
              <DatePicker format={DATE_FORMAT} inputReadOnly data-testid="report-date" />
            </Form.Item>
            <Form.Item name="occurredTime" label={t('public.occurredTime')}>
              <TimePicker format="HH:mm" inputReadOnly minuteStep={5} />
            </Form.Item>
          </Space>
        </Card>

        <Card title={t('public.sectionWhere')} size="small" style={{ marginBottom: 12 }}>
          <Form.Item
            name="provinceId"
            label={t('public.province')}
            rules={[{ required: true, message: t('public.province.required') }]}
          >
            <Select
              data-testid="report-province"
              size="large"
              showSearch={{ optionFilterProp: 'label' }}
              loading={provinces.isPending}
              options={provinces.data?.map((p) => ({ value: p.id, label: p.name }))}
              onChange={() => form.setFieldsValue({ unitId: undefined })}
            />
          </Form.Item>
          <Form.Item
            name="unitId"
            label={t('public.commune')}
            extra={t('public.commune.help')}
            rules={[{ required: true, message: t('public.commune.required') }]}
          >
            <Select
              data-testid="report-commune"
              size="large"
              showSearch={{ optionFilterProp: 'label' }}
              disabled={!provinceId}
              placeholder={provinceId ? undefined : t('public.province.first')}
              loading={communes.isFetching}
              options={communes.data?.map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
          <Form.Item name="address" label={t('public.address')}>
            <Input size="large" maxLength={500} data-testid="report-address" />
          </Form.Item>
          <Form.Item label={t('public.point')} style={{ marginBottom: 0 }}>
            <Space wrap>
              <Form.Item name="lat" noStyle>
                <InputNumber placeholder={t('public.lat')} min={-90} max={90} step={0.000001} style={{ width: 140 }} />
              </Form.Item>
              <Form.Item name="lng" noStyle>
                <InputNumber
                  placeholder={t('public.lng')}
                  min={-180}
                  max={180}
                  step={0.000001}
                  style={{ width: 140 }}
                />
              </Form.Item>
              <Button icon={<AimOutlined />} onClick={handleLocate} loading={locating}>
                {t('public.useLocation')}
              </Button>
            </Space>
          </Form.Item>
        </Card>

        <Card title={t('public.sectionFiles')} size="small" style={{ marginBottom: 12 }}>
          <Form.Item name="files" extra={t('public.files.help')} style={{ marginBottom: 0 }}>
            <FileField testId="report-files" />
          </Form.Item>
        </Card>

        <Card title={t('public.sectionWho')} size="small" style={{ marginBottom: 12 }}>
          <Form.Item
            name="anonymous"
            valuePropName="checked"
            label={t('public.anonymous')}
            extra={anonymous ? t('public.anonymous.help') : t('public.contact.help')}
          >
            <Switch data-testid="report-anonymous" />
          </Form.Item>
          {!anonymous && (
            <>
              <Form.Item name={['contact', 'name']} label={t('public.name')}>
                <Input size="large" autoComplete="name" maxLength={200} data-testid="report-name" />
              </Form.Item>
              <Form.Item
                name={['contact', 'phone']}
                label={t('public.phone')}
                dependencies={[['contact', 'email']]}
                rules={[
                  {
                    validator: (_, v?: string) =>
                      v || form.getFieldValue(['contact', 'email'])
                        ? Promise.resolve()
                        : Promise.reject(t('public.contact.required')),
                  },
                ]}
              >
                <Input size="large" type="tel" autoComplete="tel" inputMode="tel" data-testid="report-phone" />
              </Form.Item>
              <Form.Item name={['contact', 'email']} label={t('public.email')} rules={[{ type: 'email' }]}>
                <Input size="large" type="email" autoComplete="email" data-testid="report-email" />
              </Form.Item>
              <Form.Item name={['contact', 'idNumber']} label={t('public.idNumber')}>
                <Input size="large" inputMode="numeric" maxLength={20} />
              </Form.Item>
              <Form.Item name={['contact', 'address']} label={t('public.contactAddress')}>
                <Input size="large" maxLength={500} />
              </Form.Item>
            </>
          )}
        </Card>

        <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
        {powRunning && (
          <Alert
            type="info"
            showIcon
            icon={<SafetyOutlined />}
            title={t('public.pow')}
            style={{ marginBottom: 12 }}
            data-testid="report-pow"
          />
        )}
        <Button type="primary" htmlType="submit" size="large" block loading={busy} data-testid="report-submit">
          {busy ? (powRunning ? t('public.pow') : t('public.sending')) : t('public.submit')}
        </Button>
      </Form>
    </PublicShell>
  );
}
