import 'dayjs/locale/vi.js';
import { useQueryClient } from '@tanstack/react-query';
import { ConfigProvider, type ConfigProviderProps } from 'antd';
import * as enModule from 'antd/locale/en_US.js';
import * as viModule from 'antd/locale/vi_VN.js';
import dayjs from 'dayjs';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { setApiLanguage } from '../api/client.ts';
import { theme } from '../theme.ts';
import { type Lang, type MessageKey, type Params, storedLang, storeLang, translate } from './messages.ts';

type I18n = {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, params?: Params) => string;
};

type AntLocale = NonNullable<ConfigProviderProps['locale']>;
// antd ships its locales as CommonJS; depending on the interop the locale sits under one or two `default`s.
function unwrap(m: unknown): AntLocale {
  let v = m as { locale?: string; default?: unknown };
  while (v && !v.locale && v.default) v = v.default as typeof v;
  return v as AntLocale;
}
const antLocales = { vi: unwrap(viModule), en: unwrap(enModule) };

const I18nContext = createContext<I18n | null>(null);

function applyLang(lang: Lang) {
  setApiLanguage(lang);
  dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  document.documentElement.lang = lang;
}

/** Language for the texts, antd components, dayjs and the API's problem titles. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [lang, setLangState] = useState<Lang>(() => {
    const initial = storedLang();
    applyLang(initial);
    return initial;
  });

  const setLang = useCallback(
    (next: Lang) => {
      storeLang(next);
      applyLang(next);
      setLangState(next);
      // Problem titles and server-made labels come in the request's language.
      void queryClient.invalidateQueries();
    },
    [queryClient],
  );

  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }),
    [lang, setLang],
  );

  return (
    <I18nContext value={value}>
      <ConfigProvider locale={antLocales[lang]} theme={theme}>
        {children}
      </ConfigProvider>
    </I18nContext>
  );
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

export function useT() {
  return useI18n().t;
}
