import en from './en.json' with { type: 'json' };
import vi from './vi.json' with { type: 'json' };

export type Lang = 'vi' | 'en';
export type MessageKey = keyof typeof vi;
export type Params = Record<string, string | number>;

// Typed against vi.json, so a key missing from en.json fails the type check.
const catalogues: Record<Lang, Record<MessageKey, string>> = { vi, en };

const STORAGE_KEY = 'toandan.lang';

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = catalogues[lang][key] ?? catalogues.vi[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function storeLang(lang: Lang) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode or storage disabled: the choice lasts for this page only
  }
}
