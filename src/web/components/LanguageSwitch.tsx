import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** Toggles Vietnamese ↔ English; the choice is kept in localStorage. */
export function LanguageSwitch({ dark = false, compact = false }: { dark?: boolean; compact?: boolean }) {
  const { lang, setLang, t } = useI18n();
  return (
    <Button
      data-testid="lang-switch"
      type={dark ? 'text' : 'default'}
      icon={<GlobalOutlined />}
      lang={lang === 'vi' ? 'en' : 'vi'}
      onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
      title={t('lang.switchTo')}
      style={dark ? { color: '#fff', paddingInline: compact ? 6 : undefined } : undefined}
    >
      {compact ? (lang === 'vi' ? 'EN' : 'VI') : t('lang.switchTo')}
    </Button>
  );
}
