import { Button, Table, Typography } from 'antd';
import type { AwardRecipient } from '../../../common/award/schemas.ts';
import { useT } from '../../i18n/I18nProvider.tsx';

/** The recipients of one kind: name, position, achievements and the unit that proposed them. */
export function RecipientTable({
  rows,
  testId,
  onRemove,
}: {
  rows: AwardRecipient[];
  testId: string;
  onRemove?: (r: AwardRecipient) => void;
}) {
  const t = useT();
  return (
    <Table<AwardRecipient>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: t('award.noRecipients') }}
      data-testid={testId}
      columns={[
        {
          key: 'name',
          title: t('award.name'),
          render: (_, r) => (
            <>
              <div>{r.name}</div>
              {r.position && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.position}
                </Typography.Text>
              )}
            </>
          ),
        },
        { key: 'achievements', title: t('award.achievements'), dataIndex: 'achievements', ellipsis: true },
        { key: 'unit', title: t('award.proposingUnit'), render: (_, r) => r.unit.name, width: 220 },
        ...(onRemove
          ? [
              {
                key: 'remove',
                width: 70,
                render: (_: unknown, r: AwardRecipient) => (
                  <Button size="small" danger type="link" onClick={() => onRemove(r)}>
                    {t('award.removeRecipient')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
