import { Alert, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Emblem } from '../../components/Brand.tsx';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { colors } from '../../theme.ts';

// Printing the receipt: only the receipt card, black on white.
const printCss = `
@media print {
  .td-no-print { display: none !important; }
  body, .td-public { background: #fff !important; }
  .td-receipt { border: 2px solid #000 !important; box-shadow: none !important; }
}`;

/** Page frame of the citizens' channel: no login, phone first, the 113 reminder on top. */
export function PublicShell({ children, link }: { children: ReactNode; link: 'lookup' | 'report' }) {
  const t = useT();
  return (
    <div className="td-public" style={{ minHeight: '100vh', background: '#f3f5f9' }}>
      <style>{printCss}</style>
      <header
        className="td-no-print"
        style={{
          background: colors.navy,
          color: '#fff',
          padding: '10px 12px',
          display: 'flex',
          alignItems: 'center',
          gap: 10,
        }}
      >
        <Emblem size={32} />
        <Typography.Text strong style={{ color: '#fff', flex: 1, lineHeight: 1.3 }}>
          {t('app.name')}
        </Typography.Text>
        <LanguageSwitch dark compact />
      </header>
      <main style={{ maxWidth: 760, margin: '0 auto', padding: '12px 12px 32px' }}>
        <div className="td-no-print">
          <Typography.Title level={4} style={{ margin: '4px 0 8px', color: colors.navy }}>
            {t('public.header')}
          </Typography.Title>
          <Alert type="warning" showIcon title={t('public.emergency')} style={{ marginBottom: 12 }} />
          <div style={{ marginBottom: 12 }}>
            {link === 'lookup' ? (
              <Link to="/tra-cuu">{t('public.linkLookup')} →</Link>
            ) : (
              <Link to="/to-giac">{t('public.linkReport')} →</Link>
            )}
          </div>
        </div>
        {children}
        <Typography.Paragraph type="secondary" className="td-no-print" style={{ fontSize: 12, marginTop: 24 }}>
          {t('public.footer')}
        </Typography.Paragraph>
      </main>
    </div>
  );
}
