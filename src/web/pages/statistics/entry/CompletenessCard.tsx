import { Card, Flex, Progress, Table, Tag, Typography } from 'antd';
import type { CompletenessRow, EntryStatus } from '../../../../common/statistics/entry-schemas.ts';
import { formatDateTime, formatNumber } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { EntryStatusTag } from './EntryStatusTag.tsx';
import { useCompleteness } from './useEntry.ts';

const order: EntryStatus[] = ['notStarted', 'draft', 'returned', 'submitted', 'approved'];

/**
 * The child units' forms for the period, for the level above: who has not
 * reported, who waits for approval. Choosing a unit opens its form.
 */
export function CompletenessCard({
  unitId,
  period,
  onOpen,
}: {
  unitId: number;
  period: string;
  onOpen: (unitId: number) => void;
}) {
  const t = useT();
  const q = useCompleteness(unitId, period);
  const data = q.data;
  if (!data || data.rows.length === 0) return null;
  return (
    <Card
      title={t('statisticsEntry.completenessTitle')}
      data-testid="entry-completeness"
      extra={
        <Flex gap={4} wrap>
          {order
            .filter((s) => data.counts[s] > 0)
            .map((s) => (
              <Tag key={s}>
                {t(`statisticsEntry.status.${s}`)}: {formatNumber(data.counts[s])}
              </Tag>
            ))}
        </Flex>
      }
    >
      <Table<CompletenessRow>
        rowKey={(r) => r.unit.id}
        size="small"
        loading={q.isFetching}
        dataSource={data.rows}
        pagination={data.rows.length > 50 ? { pageSize: 50 } : false}
        columns={[
          {
            key: 'unit',
            title: t('statisticsEntry.unit'),
            render: (_, r) => (
              <Typography.Link onClick={() => onOpen(r.unit.id)} data-testid={`entry-open-${r.unit.id}`}>
                {r.unit.name}
              </Typography.Link>
            ),
          },
          {
            key: 'status',
            title: t('statisticsEntry.statusColumn'),
            width: 160,
            render: (_, r) => <EntryStatusTag status={r.status} />,
            sorter: (a, b) => order.indexOf(a.status) - order.indexOf(b.status),
          },
          {
            key: 'filled',
            title: t('statisticsEntry.filled'),
            width: 200,
            render: (_, r) => (
              <Progress
                size="small"
                percent={r.required ? Math.round((r.filled / r.required) * 100) : 0}
                format={() => `${formatNumber(r.filled)}/${formatNumber(r.required)}`}
              />
            ),
          },
          {
            key: 'submitted',
            title: t('statisticsEntry.submittedAt'),
            width: 150,
            responsive: ['md'],
            render: (_, r) => formatDateTime(r.submittedAt),
          },
        ]}
      />
    </Card>
  );
}
