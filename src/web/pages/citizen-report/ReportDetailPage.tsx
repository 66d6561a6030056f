import { ArrowLeftOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Flex, Row, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { ReportDetail } from '../../../common/citizen-report/schemas.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { ConversationPanel, ResolvePanel } from './ConversationPanel.tsx';
import { DuplicatesPanel } from './DuplicatesPanel.tsx';
import { IdentityPanel } from './IdentityPanel.tsx';
import { DueTag, PriorityTag, StatusTag, useLabel } from './labels.tsx';
import { TriagePanel } from './TriagePanel.tsx';
import { useReport } from './useReports.ts';

/** One tip or petition: what was reported, its time limit, triage, conversation, outcome and history. */
export function ReportDetailPage() {
  const t = useT();
  const id = Number(useParams().id);
  const report = useReport(id);
  if (report.error) return <LoadError error={report.error} />;
  if (!report.data) return <Spin style={{ display: 'block', margin: 48 }} />;
  const r = report.data;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Link to="/reports">
        <ArrowLeftOutlined /> {t('report.back')}
      </Link>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={14}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Summary report={r} />
            <ConversationPanel report={r} />
            <ResolvePanel report={r} />
            <History report={r} />
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <TimeLimitCard report={r} />
            <TriagePanel report={r} />
            <DuplicatesPanel report={r} />
            <IdentityPanel report={r} />
          </Space>
        </Col>
      </Row>
    </Space>
  );
}

function Summary({ report: r }: { report: ReportDetail }) {
  const t = useT();
  const label = useLabel();
  return (
    <Card
      size="small"
      title={
        <Flex wrap gap={8} align="center">
          <span data-testid="report-code">{r.receiptCode}</span>
          <StatusTag status={r.status} />
          <PriorityTag priority={r.priority} />
        </Flex>
      }
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label={t('report.type')}>{label('report.type', r.type)}</Descriptions.Item>
        <Descriptions.Item label={t('report.kind')}>{label('report.kind', r.kind)}</Descriptions.Item>
        <Descriptions.Item label={t('report.category')}>{label('report.category', r.category)}</Descriptions.Item>
        <Descriptions.Item label={t('report.channel')}>{label('report.channel', r.channel)}</Descriptions.Item>
        <Descriptions.Item label={t('report.received')}>{formatDateTime(r.receivedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('report.unit')}>{r.unit.name}</Descriptions.Item>
        <Descriptions.Item label={t('report.occurredOn')}>
          {formatDate(r.occurredOn)} {r.occurredTime ?? ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('report.address')}>
          {r.address ?? '—'}
          {r.lat !== null && r.lng !== null && (
            <Typography.Text type="secondary">
              {' '}
              ({r.lat.toFixed(5)}, {r.lng.toFixed(5)})
            </Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('report.assignee')}>{r.assignee?.name ?? '—'}</Descriptions.Item>
        {r.anonymous && (
          <Descriptions.Item label={t('report.anonymous')}>
            <Tag>{t('report.anonymousYes')}</Tag>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }} data-testid="report-description">
        {r.description}
      </Typography.Paragraph>
      {r.files.length > 0 && (
        <Flex vertical gap={4} data-testid="report-files-list">
          <Typography.Text strong>{t('report.files')}</Typography.Text>
          {r.files.map((f) => (
            <a key={f.id} href={`/api/reports/${r.id}/files/${f.id}`} target="_blank" rel="noreferrer">
              <PaperClipOutlined /> {f.fileName} ({Math.max(1, Math.round(f.size / 1024))} KB)
            </a>
          ))}
        </Flex>
      )}
    </Card>
  );
}

function TimeLimitCard({ report: r }: { report: ReportDetail }) {
  const t = useT();
  return (
    <Card size="small" title={t('report.timeLimit')} data-testid="time-limit">
      <Flex vertical gap={4}>
        <DueTag dueOn={r.dueOn} state={r.dueState} />
        <Typography.Text type="secondary">
          {t('report.timeLimit.extensions', { count: r.extensions, left: r.extensionsLeft })}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('report.timeLimit.source', { source: r.timeLimit.source })}
        </Typography.Text>
        {!r.timeLimit.verified && <Tag color="warning">{t('report.timeLimit.unverified')}</Tag>}
      </Flex>
    </Card>
  );
}

function History({ report: r }: { report: ReportDetail }) {
  const t = useT();
  const label = useLabel();
  // triage details are stored as "field: value; …" with catalogue values
  const fieldLabel: Record<string, string> = {
    category: 'report.category',
    priority: 'report.priority',
    status: 'report.status',
    assignedTo: 'report.assignee',
  };
  const detailText = (action: string, details: string) => {
    if (action === 'resolved') return label('report.outcome', details);
    if (action === 'recorded') return label('report.channel', details);
    if (action !== 'triaged') return details;
    return details
      .split('; ')
      .map((part) => {
        const [field = '', value = ''] = part.split(': ');
        const prefix = fieldLabel[field];
        if (!prefix) return part;
        return `${t(prefix as MessageKey)}: ${field === 'assignedTo' ? value : label(prefix, value)}`;
      })
      .join('; ');
  };
  if (r.events.length === 0) return null;
  return (
    <Card size="small" title={t('report.events')}>
      <Timeline
        data-testid="report-events"
        items={r.events.map((e) => ({
          key: e.id,
          content: (
            <Flex vertical>
              <Typography.Text strong>
                {label('report.event', e.action)}
                {e.fromUnit && e.toUnit ? `: ${e.fromUnit} → ${e.toUnit}` : ''}
              </Typography.Text>
              {e.details && <Typography.Text>{detailText(e.action, e.details)}</Typography.Text>}
              {e.reason && (
                <Typography.Text>
                  {t('report.reason')}: {e.reason}
                </Typography.Text>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {e.actorName ?? ''} · {formatDateTime(e.at)}
              </Typography.Text>
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}
