import { Alert, Button, Card, Descriptions, Empty, Form, Input, List, Tag, Typography, type UploadFile } from 'antd';
import { useState } from 'react';
import { useLocation } from 'react-router';
import type { LookupBody, LookupResult } from '../../../common/public-report/schemas.ts';
import type { Problem } from '../../api/client.ts';
import { applyProblemToForm } from '../../api/forms.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { colors } from '../../theme.ts';
import { FileField, filesOf } from './FileField.tsx';
import { PublicShell } from './PublicShell.tsx';
import { useAddToReport, useLookup } from './usePublicReport.ts';

const statusColor: Record<string, string> = {
  received: 'blue',
  triaged: 'cyan',
  inProgress: 'gold',
  resolved: 'green',
  rejected: 'default',
  transferred: 'purple',
};

/** /tra-cuu: code + secret → status, replies, and a form to add information or files. */
export function PublicLookupPage() {
  const t = useT();
  const location = useLocation();
  const initial = (location.state as Partial<LookupBody> | null) ?? {};
  const [form] = Form.useForm<LookupBody>();
  const [creds, setCreds] = useState<LookupBody | null>(null);
  const [result, setResult] = useState<LookupResult | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const lookup = useLookup();

  const handleFinish = (body: LookupBody) => {
    setProblem(null);
    lookup.mutate(body, {
      onSuccess: (r) => {
        setCreds(body);
        setResult(r);
      },
      onError: (e) => {
        setResult(null);
        setProblem(applyProblemToForm(form, e));
      },
    });
  };

  return (
    <PublicShell link="report">
      <Card title={t('public.lookup.title')} size="small" style={{ marginBottom: 12 }}>
        <Typography.Paragraph type="secondary">{t('public.lookup.intro')}</Typography.Paragraph>
        <Form<LookupBody>
          form={form}
          layout="vertical"
          initialValues={initial}
          onFinish={handleFinish}
          requiredMark={false}
        >
          <Form.Item
            name="code"
            label={t('public.receiptCode')}
            rules={[{ required: true, whitespace: true, message: t('public.lookup.required') }]}
          >
            <Input
              size="large"
              data-testid="lookup-code"
              placeholder={t('public.lookup.code.placeholder')}
              autoCapitalize="characters"
              autoComplete="off"
              style={{ fontFamily: 'monospace' }}
            />
          </Form.Item>
          <Form.Item
            name="secret"
            label={t('public.secret')}
            rules={[{ required: true, whitespace: true, message: t('public.lookup.required') }]}
          >
            <Input.Password
              size="large"
              data-testid="lookup-secret"
              placeholder={t('public.lookup.secret.placeholder')}
              autoCapitalize="characters"
              autoComplete="off"
              style={{ fontFamily: 'monospace' }}
            />
          </Form.Item>
          <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            block
            loading={lookup.isPending}
            data-testid="lookup-submit"
          >
            {t('public.lookup.submit')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 12, marginBottom: 0 }}>
          {t('public.lookup.lost')}
        </Typography.Paragraph>
      </Card>
      {result && creds && <LookupView result={result} creds={creds} onChange={setResult} />}
    </PublicShell>
  );
}

function LookupView({
  result,
  creds,
  onChange,
}: {
  result: LookupResult;
  creds: LookupBody;
  onChange: (r: LookupResult) => void;
}) {
  const t = useT();
  return (
    <>
      <Card size="small" style={{ marginBottom: 12, borderTop: `4px solid ${colors.navy}` }}>
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('public.receiptCode')}>
            <span style={{ fontFamily: 'monospace', fontWeight: 700 }}>{result.receiptCode}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('public.status')}>
            <Tag
              color={statusColor[result.status]}
              data-testid="lookup-status"
              style={{ fontSize: 14, padding: '2px 8px' }}
            >
              {t(`public.status.${result.status}` as MessageKey)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('public.kind')}>
            {t(`public.kind.${result.kind}` as MessageKey)} · {t(`public.category.${result.category}` as MessageKey)}
          </Descriptions.Item>
          <Descriptions.Item label={t('public.unit')}>{result.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('public.receivedOn')}>{formatDate(result.receivedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('public.dueOn')}>{formatDate(result.dueOn)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('public.messages')} size="small" style={{ marginBottom: 12 }}>
        <div data-testid="lookup-messages">
          {result.messages.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('public.noMessages')} />
          ) : (
            <List
              dataSource={result.messages}
              renderItem={(m) => (
                <List.Item style={{ display: 'block' }}>
                  <Typography.Text strong style={{ color: m.author === 'officer' ? colors.navy : undefined }}>
                    {t(`public.author.${m.author}` as MessageKey)}
                  </Typography.Text>{' '}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(m.at)}
                  </Typography.Text>
                  <div style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>{m.body}</div>
                </List.Item>
              )}
            />
          )}
        </div>
        {result.files.length > 0 && (
          <>
            <Typography.Title level={5}>{t('public.files')}</Typography.Title>
            <ul data-testid="lookup-files" style={{ paddingLeft: 20 }}>
              {result.files.map((f) => (
                <li key={`${f.fileName}-${f.at}`}>
                  {f.fileName} <Typography.Text type="secondary">({formatDateTime(f.at)})</Typography.Text>
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>
      <AddForm creds={creds} onChange={onChange} />
    </>
  );
}

function AddForm({ creds, onChange }: { creds: LookupBody; onChange: (r: LookupResult) => void }) {
  const t = useT();
  const [form] = Form.useForm<{ message?: string; files?: UploadFile[] }>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState(false);
  const add = useAddToReport();
  return (
    <Card title={t('public.add.title')} size="small">
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => {
          setProblem(null);
          setDone(false);
          const files = filesOf(v.files);
          if (!v.message?.trim() && files.length === 0) {
            form.setFields([{ name: 'message', errors: [t('public.add.empty')] }]);
            return;
          }
          add.mutate(
            { ...creds, message: v.message ?? '', files },
            {
              onSuccess: (r) => {
                form.resetFields();
                setDone(true);
                onChange(r);
              },
              onError: (e) => {
                const rest = applyProblemToForm(form, e);
                setProblem(rest);
              },
            },
          );
        }}
      >
        <Form.Item name="message" label={t('public.add.message')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} showCount data-testid="add-message" />
        </Form.Item>
        <Form.Item name="files" extra={t('public.files.help')}>
          <FileField testId="add-files" />
        </Form.Item>
        <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
        {done && <Alert type="success" showIcon title={t('public.add.done')} style={{ marginBottom: 12 }} />}
        <Button htmlType="submit" type="primary" size="large" block loading={add.isPending} data-testid="add-submit">
          {t('public.add.submit')}
        </Button>
      </Form>
    </Card>
  );
}
