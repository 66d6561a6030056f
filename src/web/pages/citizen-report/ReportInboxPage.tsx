import { BarChartOutlined, FilterOutlined, PaperClipOutlined, PhoneOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Grid, Input, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  ReportKind,
  ReportPriority,
  type ReportRow,
  ReportStatus,
  ReportType,
} from '../../../common/citizen-report/schemas.ts';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { DueTag, PriorityTag, StatusTag, useLabel } from './labels.tsx';
import { RecordReportModal } from './RecordReportModal.tsx';
import { type InboxFilters, useInbox } from './useReports.ts';

/** The inbox of tips and petitions routed to the officer's units; never shows who reported. */
export function ReportInboxPage() {
  const t = useT();
  const label = useLabel();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // a link from a dashboard figure (?unitId=&type=) opens the inbox on that unit's items, open or not
  const [filters, setFilters] = useState<InboxFilters>(() =>
    params.get('unitId')
      ? { unitId: Number(params.get('unitId')), type: params.get('type') ?? undefined }
      : { status: 'open' },
  );
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [recording, setRecording] = useState(false);
  const screens = Grid.useBreakpoint();
  // on phones the less used filters fold away behind one button
  const [more, setMore] = useState(false);
  const inbox = useInbox({ ...filters, ...page });
  const set = (patch: Partial<InboxFilters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage((p) => ({ ...p, page: 1 }));
  };
  const opts = (prefix: string, values: readonly string[]) =>
    values.map((v) => ({ value: v, label: label(prefix, v) }));

  const columns: TableColumnsType<ReportRow> = [
    {
      key: 'code',
      title: t('report.code'),
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Link to={`/reports/${r.id}`}>
            <Typography.Text strong>{r.receiptCode}</Typography.Text>
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {label('report.kind', r.kind)} · {label('report.category', r.category)}
            {r.hasFiles && <PaperClipOutlined style={{ marginLeft: 4 }} />}
          </Typography.Text>
          {r.duplicateOf && <Tag>{t('report.duplicate', { code: r.duplicateOf.receiptCode })}</Tag>}
        </Flex>
      ),
    },
    {
      key: 'summary',
      title: t('report.description'),
      dataIndex: 'summary',
      responsive: ['md'],
      ellipsis: true,
    },
    {
      key: 'received',
      title: t('report.received'),
      dataIndex: 'receivedAt',
      render: formatDateTime,
      responsive: ['sm'],
    },
    { key: 'due', title: t('report.due'), render: (_, r) => <DueTag dueOn={r.dueOn} state={r.dueState} /> },
    {
      key: 'status',
      title: t('report.status'),
      render: (_, r) => (
        <Flex wrap gap={4}>
          <StatusTag status={r.status} />
          {r.priority !== 'normal' && <PriorityTag priority={r.priority} />}
        </Flex>
      ),
    },
    { key: 'assignee', title: t('report.assignee'), render: (_, r) => r.assignee?.name ?? '—', responsive: ['lg'] },
    { key: 'unit', title: t('report.unit'), render: (_, r) => r.unit.name, responsive: ['lg'] },
  ];

  return (
    <Card
      title={t('report.inbox')}
      extra={
        <Flex gap={8} wrap>
          <Button icon={<PhoneOutlined />} onClick={() => setRecording(true)} data-testid="record-open">
            {screens.sm ? t('report.record') : null}
          </Button>
          <Link to="/reports/stats">
            <Button icon={<BarChartOutlined />} aria-label={t('report.stats')} />
          </Link>
        </Flex>
      }
    >
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('report.search')}
          style={{ width: 240, maxWidth: '100%' }}
          onSearch={(q) => set({ q: q || undefined })}
          data-testid="inbox-search"
        />
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('report.status')}
          value={filters.status}
          onChange={(status) => set({ status })}
          options={opts('report.status', ['open', 'closed', ...ReportStatus.options])}
          data-testid="inbox-status"
        />
        <Select
          allowClear
          style={{ width: 150 }}
          placeholder={t('report.due')}
          value={filters.due}
          onChange={(due) => set({ due })}
          options={opts('report.due', ['dueSoon', 'overdue'])}
          data-testid="inbox-due"
        />
        {!screens.md && (
          <Button icon={<FilterOutlined />} onClick={() => setMore((m) => !m)} data-testid="inbox-more">
            {t('report.moreFilters')}
          </Button>
        )}
        {(screens.md || more) && (
          <>
            <Select
              allowClear
              style={{ width: 180 }}
              placeholder={t('report.type')}
              value={filters.type}
              onChange={(type) => set({ type, kind: undefined })}
              options={opts('report.type', ReportType.options)}
            />
            <Select
              allowClear
              style={{ width: 180 }}
              placeholder={t('report.kind')}
              value={filters.kind}
              onChange={(kind) => set({ kind })}
              options={opts('report.kind', ReportKind.options)}
            />
            <Select
              allowClear
              style={{ width: 140 }}
              placeholder={t('report.priority')}
              value={filters.priority}
              onChange={(priority) => set({ priority })}
              options={opts('report.priority', ReportPriority.options)}
            />
            <Select
              allowClear
              style={{ width: 160 }}
              placeholder={t('report.assignee')}
              value={filters.assigned}
              onChange={(assigned) => set({ assigned })}
              options={opts('report.assigned', ['me', 'none'])}
            />
            <Select
              allowClear
              style={{ width: 150 }}
              placeholder={t('report.duplicates')}
              value={filters.duplicates}
              onChange={(duplicates) => set({ duplicates })}
              options={opts('report.duplicates', ['hide', 'only'])}
            />
            <UnitPicker
              style={{ width: 240, maxWidth: '100%' }}
              placeholder={t('report.allUnits')}
              value={filters.unitId ?? null}
              onChange={(u) => set({ unitId: u?.id })}
            />
          </>
        )}
      </Flex>
      <Table<ReportRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={inbox.data?.items}
        loading={inbox.isFetching}
        scroll={{ x: 'max-content' }}
        locale={inbox.error ? { emptyText: inbox.error.message } : undefined}
        onRow={(r) =>
          ({
            'data-testid': `inbox-row-${r.receiptCode}`,
            onClick: (e: React.MouseEvent) => {
              if (!(e.target as HTMLElement).closest('a')) navigate(`/reports/${r.id}`);
            },
            style: { cursor: 'pointer' },
          }) as React.HTMLAttributes<HTMLElement>
        }
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: inbox.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total: formatNumber(total) }),
          onChange: (p, size) => setPage({ page: size === page.pageSize ? p : 1, pageSize: size }),
        }}
      />
      <RecordReportModal open={recording} onClose={() => setRecording(false)} />
    </Card>
  );
}
