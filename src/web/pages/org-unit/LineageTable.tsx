import { Table, type TableColumnsType, Tag } from 'antd';
import { Link } from 'react-router';
import type { LineageEntry, UnitRef } from '../../../common/org-unit/schemas.ts';
import { formatDate, formatShare } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useLineage } from './useUnits.ts';

const kindColor: Record<LineageEntry['kind'], string> = {
  merge: 'blue',
  split: 'purple',
  rename: 'cyan',
  close: 'red',
  move: 'orange',
};

/**
 * A rename or a move links the unit to itself; what changed is in `details`:
 * the old and new names, or the old and new parents' names.
 */
function renamed(e: LineageEntry, side: 'from' | 'to'): string | null {
  const key = e.kind === 'rename' ? side : e.kind === 'move' ? `${side}ParentName` : null;
  const name = key ? e.details?.[key] : null;
  return typeof name === 'string' ? name : null;
}

/** The unit's reform history: which units it came from or went into, and when. */
export function LineageTable({ unitId }: { unitId: number }) {
  const t = useT();
  const lineage = useLineage(unitId);
  const unitLink = (u: UnitRef | null) =>
    u ? u.id === unitId ? <strong>{u.name}</strong> : <Link to={`/units/${u.id}`}>{u.name}</Link> : t('common.none');

  const columns: TableColumnsType<LineageEntry> = [
    { key: 'date', title: t('lineage.date'), dataIndex: 'effectiveDate', render: formatDate, width: 120 },
    {
      key: 'kind',
      title: t('lineage.kind'),
      dataIndex: 'kind',
      render: (k: LineageEntry['kind']) => <Tag color={kindColor[k]}>{t(`lineage.kind.${k}`)}</Tag>,
    },
    { key: 'from', title: t('lineage.predecessor'), render: (_, e) => renamed(e, 'from') ?? unitLink(e.predecessor) },
    { key: 'to', title: t('lineage.successor'), render: (_, e) => renamed(e, 'to') ?? unitLink(e.successor) },
    { key: 'share', title: t('lineage.share'), dataIndex: 'share', align: 'right', render: formatShare },
    { key: 'note', title: t('lineage.note'), dataIndex: 'note', render: (n) => n ?? '' },
  ];

  return (
    <div data-testid="unit-lineage">
      <Table<LineageEntry>
        rowKey={(e) => `${e.eventId}-${e.predecessor.id}-${e.successor?.id ?? ''}`}
        size="middle"
        columns={columns}
        dataSource={lineage.data}
        loading={lineage.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: lineage.error ? lineage.error.message : t('lineage.empty') }}
      />
    </div>
  );
}
