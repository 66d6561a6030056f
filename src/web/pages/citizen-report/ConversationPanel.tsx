import { Button, Card, Empty, Flex, Form, Input, List, Radio, Select, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type ReportDetail, ReportOutcome } from '../../../common/citizen-report/schemas.ts';
import type { Problem } from '../../api/client.ts';
import { applyProblemToForm } from '../../api/forms.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useLabel } from './labels.tsx';
import { useReportWrite } from './useReports.ts';

/** The conversation with the citizen and internal notes, and the reply form. */
export function ConversationPanel({ report }: { report: ReportDetail }) {
  const t = useT();
  const [form] = Form.useForm<{ body: string; public: boolean }>();
  const write = useReportWrite(report.id);
  const [problem, setProblem] = useState<Problem | null>(null);
  const send = async () => {
    const v = await form.validateFields();
    write.mutate(
      { kind: 'reply', body: { ...v, version: report.version } },
      { onSuccess: () => form.resetFields(['body']), onError: (e) => setProblem(applyProblemToForm(form, e)) },
    );
  };
  return (
    <Card size="small" title={t('report.messages')}>
      {report.messages.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('report.messages.none')} />
      ) : (
        <List
          size="small"
          data-testid="report-messages"
          dataSource={report.messages}
          renderItem={(m) => (
            <List.Item>
              <Flex vertical gap={2} style={{ width: '100%' }}>
                <Flex wrap gap={6} align="center">
                  <Typography.Text strong>
                    {m.author === 'citizen' ? t('report.message.citizen') : m.officerName}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(m.createdAt)}
                  </Typography.Text>
                  {m.author === 'officer' &&
                    (m.public ? (
                      <Tag color="blue">{t('report.message.public')}</Tag>
                    ) : (
                      <Tag>{t('report.message.internal')}</Tag>
                    ))}
                </Flex>
                <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
                  {m.body}
                </Typography.Paragraph>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {report.can.reply && (
        <Form form={form} layout="vertical" initialValues={{ public: true }} style={{ marginTop: 12 }}>
          <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
          <Form.Item
            name="body"
            label={t('report.reply.body')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input.TextArea rows={3} maxLength={4000} data-testid="reply-body" />
          </Form.Item>
          <Flex wrap gap={12} align="center" justify="space-between">
            <Form.Item name="public" valuePropName="checked" noStyle>
              <Switch data-testid="reply-public" />
            </Form.Item>
            <Typography.Text type="secondary" style={{ flex: 1 }}>
              {t('report.reply.public')}
            </Typography.Text>
            <Button type="primary" onClick={send} loading={write.isPending} data-testid="reply-send">
              {t('report.reply.send')}
            </Button>
          </Flex>
        </Form>
      )}
    </Card>
  );
}

/** The outcome form, or the recorded outcome once closed. */
export function ResolvePanel({ report }: { report: ReportDetail }) {
  const t = useT();
  const label = useLabel();
  const [form] = Form.useForm<{ outcome: string; valuable?: boolean; reply: string }>();
  const write = useReportWrite(report.id);
  const [problem, setProblem] = useState<Problem | null>(null);
  if (!report.can.resolve) {
    if (!report.outcome) return null;
    return (
      <Card size="small" title={t('report.resolve')} data-testid="report-outcome">
        <Flex wrap gap={8}>
          <Tag color="green">{label('report.outcome', report.outcome)}</Tag>
          {report.valuable !== null && (
            <Tag color={report.valuable ? 'gold' : undefined}>
              {t(report.valuable ? 'report.valuable.yes' : 'report.valuable.no')}
            </Tag>
          )}
          <Typography.Text type="secondary">{formatDateTime(report.resolvedAt)}</Typography.Text>
        </Flex>
      </Card>
    );
  }
  const submit = async () => {
    const v = await form.validateFields();
    write.mutate(
      { kind: 'resolve', body: { ...v, version: report.version } },
      { onError: (e) => setProblem(applyProblemToForm(form, e)) },
    );
  };
  return (
    <Card size="small" title={t('report.resolve')}>
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      <Form form={form} layout="vertical">
        <Form.Item
          name="outcome"
          label={t('report.outcome')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            data-testid="resolve-outcome"
            options={ReportOutcome.options.map((o) => ({ value: o, label: label('report.outcome', o) }))}
          />
        </Form.Item>
        {report.type === 'tip' && (
          <Form.Item
            name="valuable"
            label={t('report.valuable')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Radio.Group
              data-testid="resolve-valuable"
              options={[
                { value: true, label: t('report.valuable.yes') },
                { value: false, label: t('report.valuable.no') },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item
          name="reply"
          label={t('report.resolve.reply')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={3} maxLength={4000} data-testid="resolve-reply" />
        </Form.Item>
        <Button type="primary" onClick={submit} loading={write.isPending} data-testid="resolve-submit">
          {t('report.resolve.submit')}
        </Button>
      </Form>
    </Card>
  );
}
