import { Tag } from 'antd';
import type { DueState, ReportPriority, ReportStatus } from '../../../common/citizen-report/schemas.ts';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';

/** A catalogue label, or the raw value when a province used its own category. */
export function useLabel() {
  const t = useT();
  return (prefix: string, value: string) => {
    const key = `${prefix}.${value}` as MessageKey;
    const text = t(key);
    return text === key ? value : text;
  };
}

const statusColor: Record<ReportStatus, string> = {
  received: 'blue',
  triaged: 'cyan',
  inProgress: 'geekblue',
  resolved: 'green',
  rejected: 'default',
  transferred: 'purple',
};

export function StatusTag({ status }: { status: ReportStatus }) {
  const t = useT();
  return <Tag color={statusColor[status]}>{t(`report.status.${status}`)}</Tag>;
}

const priorityColor: Record<ReportPriority, string | undefined> = {
  low: undefined,
  normal: undefined,
  high: 'orange',
  urgent: 'red',
};

export function PriorityTag({ priority }: { priority: ReportPriority }) {
  const t = useT();
  return <Tag color={priorityColor[priority]}>{t(`report.priority.${priority}`)}</Tag>;
}

/** The due date with a red (overdue) or orange (due soon) tag. */
export function DueTag({ dueOn, state }: { dueOn: string | null; state: DueState }) {
  const t = useT();
  if (!dueOn) return <span>—</span>;
  return (
    <span data-testid="due-tag" data-state={state}>
      {formatDate(dueOn)} {state === 'overdue' && <Tag color="red">{t('report.due.overdue')}</Tag>}
      {state === 'dueSoon' && <Tag color="orange">{t('report.due.dueSoon')}</Tag>}
    </span>
  );
}
