import { PrinterOutlined, WarningFilled } from '@ant-design/icons';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { SubmitReportResult } from '../../../common/public-report/schemas.ts';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { colors } from '../../theme.ts';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', letterSpacing: 1 };

/** The receipt: shown once, printable; the secret is not stored anywhere in clear. */
export function ReceiptCard({ receipt, onAnother }: { receipt: SubmitReportResult; onAnother: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Card className="td-receipt" style={{ borderTop: `4px solid ${colors.red}` }}>
      <Typography.Title level={3} style={{ marginTop: 0, color: colors.navy }}>
        {t('public.success.title')}
      </Typography.Title>
      <Typography.Paragraph>
        {t('public.success.sub', { unit: receipt.unitName, due: formatDate(receipt.dueOn) || '—' })}
      </Typography.Paragraph>
      <div style={{ margin: '16px 0' }}>
        <Typography.Text type="secondary">{t('public.receiptCode')}</Typography.Text>
        <div
          data-testid="receipt-code"
          style={{ ...mono, fontSize: 'clamp(20px, 7vw, 30px)', fontWeight: 700, whiteSpace: 'nowrap' }}
        >
          {receipt.receiptCode}
        </div>
      </div>
      <div style={{ margin: '16px 0' }}>
        <Typography.Text type="secondary">{t('public.secret')}</Typography.Text>
        <div
          data-testid="receipt-secret"
          style={{ ...mono, fontSize: 'clamp(16px, 5.6vw, 26px)', fontWeight: 700, whiteSpace: 'nowrap' }}
        >
          {receipt.secret}
        </div>
      </div>
      <Alert
        type="error"
        showIcon
        icon={<WarningFilled />}
        title={t('public.secret.warning')}
        style={{ marginBottom: 16 }}
      />
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 12 }}>
        {t('public.printedOn', { date: formatDate(new Date().toISOString().slice(0, 10)) })} ·{' '}
        {t('public.lookupAt', { url: `${window.location.origin}/tra-cuu` })}
      </Typography.Text>
      <Space wrap className="td-no-print">
        <Button
          type="primary"
          size="large"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          data-testid="receipt-print"
        >
          {t('public.print')}
        </Button>
        <Button
          size="large"
          onClick={() => navigate('/tra-cuu', { state: { code: receipt.receiptCode, secret: receipt.secret } })}
        >
          {t('public.goLookup')}
        </Button>
        <Button size="large" type="link" onClick={onAnother}>
          {t('public.another')}
        </Button>
      </Space>
    </Card>
  );
}
