import { Table, type TableColumnsType, Tabs, Tag, Typography } from 'antd';
import type { z } from 'zod';
import type { ChangeView, EventView, SheetView } from '../../../common/evaluation/schemas.ts';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';

type Change = z.infer<typeof ChangeView>;
type Event = z.infer<typeof EventView>;

const eventKeys = ['save', 'submit', 'adjust', 'sendBack', 'approve', 'decide', 'extend'] as const;
const statusKeys = ['notStarted', 'draft', 'submitted', 'returned', 'approved', 'decided'] as const;

/** Every change of a value (who, old, new, reason) and every step of the workflow, newest first. */
export function SheetHistory({ sheet }: { sheet: SheetView }) {
  const t = useT();
  const actionLabel = (a: string) =>
    (eventKeys as readonly string[]).includes(a) ? t(`evaluation.event.${a}` as MessageKey) : a;
  const statusLabel = (s: string | null) =>
    s && (statusKeys as readonly string[]).includes(s) ? t(`evaluation.status.${s}` as MessageKey) : (s ?? '—');
  const num = (n: number | null) => (n == null ? '—' : formatNumber(n));

  const changeColumns: TableColumnsType<Change> = [
    { key: 'at', title: t('evaluation.at'), dataIndex: 'at', width: 140, render: formatDateTime },
    { key: 'code', title: t('evaluation.code'), dataIndex: 'code', width: 70 },
    {
      key: 'side',
      title: t('evaluation.side'),
      dataIndex: 'side',
      render: (s: Change['side']) => <Tag color={s === 'review' ? 'purple' : 'blue'}>{t(`evaluation.side.${s}`)}</Tag>,
    },
    {
      key: 'values',
      title: t('evaluation.change'),
      render: (_, c) => `${num(c.oldValue)} → ${num(c.newValue)}`,
    },
    { key: 'reason', title: t('evaluation.reason'), dataIndex: 'reason', render: (r) => r ?? '—' },
    { key: 'who', title: t('evaluation.who'), dataIndex: 'actorName', render: (n) => n ?? '—' },
  ];
  const eventColumns: TableColumnsType<Event> = [
    { key: 'at', title: t('evaluation.at'), dataIndex: 'at', width: 140, render: formatDateTime },
    { key: 'action', title: t('evaluation.action'), dataIndex: 'action', render: actionLabel },
    {
      key: 'status',
      title: t('evaluation.statusChange'),
      render: (_, e) =>
        e.fromStatus || e.toStatus ? `${statusLabel(e.fromStatus)} → ${statusLabel(e.toStatus)}` : '—',
    },
    {
      key: 'message',
      title: t('evaluation.message'),
      dataIndex: 'message',
      render: (m) => <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{m ?? '—'}</Typography.Text>,
    },
    { key: 'who', title: t('evaluation.who'), dataIndex: 'actorName', render: (n) => n ?? '—' },
  ];
  const newest = <T extends { at: string }>(rows: T[]) => [...rows].sort((a, b) => b.at.localeCompare(a.at));
  const table = <T extends object>(testId: string, columns: TableColumnsType<T>, rows: T[]) => (
    <Table<T>
      rowKey={(_, i) => String(i)}
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20 } : false}
      scroll={{ x: 'max-content' }}
      data-testid={testId}
    />
  );
  return (
    <Tabs
      items={[
        {
          key: 'events',
          label: (
            <span data-testid="tab-events">{`${t('evaluation.historyEvents')} (${formatNumber(sheet.events.length)})`}</span>
          ),
          children: table('sheet-events', eventColumns, newest(sheet.events)),
        },
        {
          key: 'changes',
          label: (
            <span data-testid="tab-changes">{`${t('evaluation.historyChanges')} (${formatNumber(sheet.changes.length)})`}</span>
          ),
          children: table('sheet-changes', changeColumns, newest(sheet.changes)),
        },
      ]}
    />
  );
}
