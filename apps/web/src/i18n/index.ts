import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zh } from './zh';

export const UI_LANGUAGES = [
  { id: 'en', label: 'English', htmlLang: 'en' },
  { id: 'zh', label: '简体中文', htmlLang: 'zh-Hans' },
] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number]['id'];

const STORAGE_KEY = '3ipet.language';

/** The saved choice, else the browser's preference. */
export function preferredLanguage(): UiLanguage {
  const saved = safeStorage()?.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'zh') return saved;
  const browser = typeof navigator !== 'undefined' ? navigator.language : 'en';
  return browser.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function setupI18n(language: UiLanguage = preferredLanguage()) {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, zh: { translation: zh } },
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  markDocumentLanguage(language);
  return i18next;
}

export async function switchLanguage(language: UiLanguage): Promise<void> {
  safeStorage()?.setItem(STORAGE_KEY, language);
  await i18next.changeLanguage(language);
  markDocumentLanguage(language);
}

export function currentLanguage(): UiLanguage {
  return i18next.language === 'zh' ? 'zh' : 'en';
}

function markDocumentLanguage(language: UiLanguage): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = UI_LANGUAGES.find((l) => l.id === language)?.htmlLang ?? 'en';
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage !== 'undefined' ? localStorage : undefined;
  } catch {
    return undefined; // storage disabled by the browser
  }
}
