import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { ReportDetail } from '../../../common/citizen-report/schemas.ts';
import { formatDate, formatShare } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useLabel } from './labels.tsx';
import { useReportWrite } from './useReports.ts';

/** Possible duplicates (same place, close dates, similar text), with link and unlink. */
export function DuplicatesPanel({ report }: { report: ReportDetail }) {
  const t = useT();
  const label = useLabel();
  const write = useReportWrite(report.id);
  const link = (duplicateOf: number | null) =>
    write.mutate({ kind: 'duplicate', body: { version: report.version, duplicateOf } });
  const canWrite = report.can.reply; // linking is allowed to whoever handles the item, open or closed
  return (
    <Card size="small" title={t('report.duplicates')} data-testid="duplicates-panel">
      {report.duplicateOf && (
        <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }}>
          <Typography.Text>
            {t('report.duplicates.isDuplicate')}{' '}
            <Link to={`/reports/${report.duplicateOf.id}`}>{report.duplicateOf.receiptCode}</Link>
          </Typography.Text>
          {canWrite && (
            <Button size="small" onClick={() => link(null)} loading={write.isPending} data-testid="duplicate-unlink">
              {t('report.duplicates.unlink')}
            </Button>
          )}
        </Flex>
      )}
      {report.duplicatesOfThis.length > 0 && (
        <Typography.Paragraph>
          {t('report.duplicates.ofThis')}:{' '}
          {report.duplicatesOfThis.map((d) => (
            <Link key={d.id} to={`/reports/${d.id}`} style={{ marginRight: 8 }}>
              {d.receiptCode}
            </Link>
          ))}
        </Typography.Paragraph>
      )}
      {report.duplicates.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('report.duplicates.none')} />
      ) : (
        <List
          size="small"
          dataSource={report.duplicates}
          renderItem={(d) => (
            <List.Item
              data-testid={`duplicate-${d.receiptCode}`}
              actions={
                canWrite && !d.linked && !report.duplicateOf
                  ? [
                      <Button key="link" size="small" onClick={() => link(d.id)} loading={write.isPending}>
                        {t('report.duplicates.link')}
                      </Button>,
                    ]
                  : []
              }
            >
              <Flex vertical gap={2}>
                <Flex wrap gap={6}>
                  <Link to={`/reports/${d.id}`}>{d.receiptCode}</Link>
                  <Tag>{label('report.kind', d.kind)}</Tag>
                  <Tag color="blue">{t('report.duplicates.similarity', { value: formatShare(d.similarity) })}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDate(d.receivedAt)} · {t('report.duplicates.days', { days: d.daysApart })}
                    {d.distanceM !== null && ` · ${t('report.duplicates.meters', { meters: d.distanceM })}`}
                  </Typography.Text>
                </Flex>
                <Typography.Text type="secondary">{d.summary}</Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
