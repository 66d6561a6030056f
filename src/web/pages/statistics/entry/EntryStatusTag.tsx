import { Tag } from 'antd';
import type { EntryStatus } from '../../../../common/statistics/entry-schemas.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';

const colors: Record<EntryStatus, string> = {
  notStarted: 'default',
  draft: 'blue',
  submitted: 'orange',
  returned: 'red',
  approved: 'green',
};

export function EntryStatusTag({ status }: { status: EntryStatus }) {
  const t = useT();
  return (
    <Tag color={colors[status]} data-testid="entry-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`statisticsEntry.status.${status}`)}
    </Tag>
  );
}
