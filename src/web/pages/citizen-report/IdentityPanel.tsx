import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, type ButtonProps, Card, Descriptions, List, Modal, Typography } from 'antd';
import type { ReportDetail } from '../../../common/citizen-report/schemas.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useIdentity } from './useReports.ts';

/**
 * Who reported: hidden by default; shown after a confirmation to holders of
 * the permission, and every view is listed here from the audit log.
 */
export function IdentityPanel({ report }: { report: ReportDetail }) {
  const t = useT();
  const identity = useIdentity(report.id);
  const ask = () =>
    Modal.confirm({
      title: t('report.identity.show'),
      content: t('report.identity.confirm'),
      okButtonProps: { 'data-testid': 'identity-confirm' } as ButtonProps,
      onOk: () => identity.mutateAsync(),
    });
  const shown = identity.data;
  return (
    <Card size="small" title={t('report.identity')} data-testid="identity-panel">
      {report.anonymous ? (
        <Typography.Text>{t('report.identity.anonymous')}</Typography.Text>
      ) : shown?.identity ? (
        <Descriptions size="small" column={1} data-testid="identity-value">
          {(['name', 'phone', 'email', 'idNumber', 'address'] as const)
            .filter((k) => shown.identity?.[k])
            .map((k) => (
              <Descriptions.Item key={k} label={t(`report.reporter.${k}`)}>
                {shown.identity?.[k]}
              </Descriptions.Item>
            ))}
        </Descriptions>
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            <LockOutlined /> {t('report.identity.hidden')}
          </Typography.Paragraph>
          {report.can.readIdentity && (
            <Button danger onClick={ask} data-testid="identity-show">
              {t('report.identity.show')}
            </Button>
          )}
        </>
      )}
      {identity.error && <Alert type="error" title={identity.error.message} style={{ marginTop: 8 }} />}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('report.identity.views')}
      </Typography.Title>
      <List
        size="small"
        data-testid="identity-views"
        locale={{ emptyText: t('report.identity.noViews') }}
        dataSource={report.identityViews}
        renderItem={(v) => (
          <List.Item>
            {v.actorName ?? '—'} · {formatDateTime(v.at)}
          </List.Item>
        )}
      />
    </Card>
  );
}
