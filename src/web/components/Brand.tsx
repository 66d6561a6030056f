import { Link } from 'react-router';
import { useT } from '../i18n/I18nProvider.tsx';
import { colors } from '../theme.ts';

/** The star emblem and the app name; `compact` keeps only the name, for phones. */
export function Brand({ compact = false, onDark = true }: { compact?: boolean; onDark?: boolean }) {
  const t = useT();
  return (
    <Link to="/units" style={{ display: 'flex', alignItems: 'center', gap: 10, color: onDark ? '#fff' : colors.navy }}>
      <Emblem />
      <span style={{ display: 'flex', flexDirection: 'column', lineHeight: 1.15 }}>
        <strong style={{ fontSize: 18, letterSpacing: 0.3, whiteSpace: 'nowrap' }}>{t('app.name')}</strong>
        {!compact && <span style={{ fontSize: 11, opacity: 0.8, whiteSpace: 'nowrap' }}>{t('app.subtitle')}</span>}
      </span>
    </Link>
  );
}

export function Emblem({ size = 30 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" style={{ flex: 'none' }}>
      <rect width="32" height="32" rx="6" fill={colors.red} />
      <path d="M16 6l2.9 6.3 6.9.7-5.2 4.6 1.5 6.8L16 21l-6.1 3.4 1.5-6.8L6.2 13l6.9-.7z" fill={colors.gold} />
    </svg>
  );
}
