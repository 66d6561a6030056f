import { Card, Col, Row, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AuditEntry } from '../../../common/audit/schemas.ts';
import { auditActions } from '../../../common/audit-events.ts';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { AuditFiltersBar } from './AuditFiltersBar.tsx';
import { type AuditFilters, useAuditPage } from './useAudit.ts';

const known = new Set<string>(auditActions);

/** Who did what, where and when; newest first, paginated on the server. */
export function AuditPage() {
  const t = useT();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const audit = useAuditPage({ ...filters, ...page });
  const actionLabel = (a: string) => (known.has(a) ? t(`action.${a as (typeof auditActions)[number]}`) : a);

  const columns: TableColumnsType<AuditEntry> = [
    { key: 'at', title: t('audit.time'), dataIndex: 'at', width: 150, render: formatDateTime },
    { key: 'actor', title: t('audit.actor'), dataIndex: 'actorName', render: (n) => n ?? t('audit.system') },
    { key: 'action', title: t('audit.action'), dataIndex: 'action', render: actionLabel },
    {
      key: 'unit',
      title: t('audit.unit'),
      render: (_, e) => (e.unitId ? <Link to={`/units/${e.unitId}`}>{e.unitName ?? e.unitId}</Link> : ''),
    },
    {
      key: 'target',
      title: t('audit.target'),
      responsive: ['md'],
      render: (_, e) => [e.targetType, e.targetId && `#${e.targetId}`].filter(Boolean).join(' '),
    },
  ];

  return (
    <Card title={t('audit.title')}>
      <AuditFiltersBar
        value={filters}
        onChange={(next) => {
          setFilters(next);
          setPage((p) => ({ ...p, page: 1 }));
        }}
      />
      <div data-testid="audit-table" style={{ marginTop: 16 }}>
        <Table<AuditEntry>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={audit.data?.items}
          loading={audit.isFetching}
          scroll={{ x: 'max-content' }}
          locale={audit.error ? { emptyText: audit.error.message } : undefined}
          expandable={{
            expandedRowRender: (e) => <AuditChange entry={e} />,
            rowExpandable: (e) => e.before != null || e.after != null || e.ip != null,
          }}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: audit.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total: formatNumber(total) }),
            onChange: (p, size) => setPage({ page: size === page.pageSize ? p : 1, pageSize: size }),
          }}
        />
      </div>
    </Card>
  );
}

function AuditChange({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const block = (title: string, v: unknown) => (
    <Col xs={24} md={12}>
      <Typography.Text strong>{title}</Typography.Text>
      <pre style={preStyle}>{v == null ? '—' : JSON.stringify(v, null, 2)}</pre>
    </Col>
  );
  return (
    <div data-testid="audit-change">
      {(entry.before != null || entry.after != null) && (
        <Row gutter={16}>
          {block(t('audit.before'), entry.before)}
          {block(t('audit.after'), entry.after)}
        </Row>
      )}
      {entry.ip && (
        <Typography.Text type="secondary">
          {t('audit.ip')}: {entry.ip}
        </Typography.Text>
      )}
    </div>
  );
}

const preStyle = {
  background: '#f6f8fa',
  border: '1px solid #e5e8ef',
  borderRadius: 6,
  padding: 8,
  maxHeight: 320,
  overflow: 'auto',
  fontSize: 12,
  fontFamily: "'DejaVu Sans Mono', 'Liberation Mono', Consolas, Menlo, monospace",
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-word',
} as const;
