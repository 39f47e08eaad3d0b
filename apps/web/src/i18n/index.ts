import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadTaxonomyWords } from '../taxonomy/taxonomy-words';
import { en } from './en';

/**
 * The UI languages, each named in its own script for the switcher. `htmlLang` goes on <html>; `locales` format
 * numbers, dates and money, the first one the browser's Intl knows (digits as Intl gives them: Devanagari for
 * ne-NP, Latin for the others). Chromium ships no Nepali or Sinhala locale data and would fall back to US
 * English, so Nepali falls back to Hindi with Devanagari digits and Sinhala to British English.
 */
export const UI_LANGUAGES = [
  { id: 'en', label: 'English', htmlLang: 'en', locales: ['en-GB'] },
  { id: 'zh', label: '简体中文', htmlLang: 'zh-Hans', locales: ['zh-CN'] },
  { id: 'hi', label: 'हिन्दी', htmlLang: 'hi', locales: ['hi-IN'] },
  { id: 'ne', label: 'नेपाली', htmlLang: 'ne', locales: ['ne-NP', 'hi-IN-u-nu-deva'] },
  { id: 'si', label: 'සිංහල', htmlLang: 'si', locales: ['si-LK', 'en-GB'] },
] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number]['id'];

const STORAGE_KEY = '3ipet.language';

/** The UI language for a BCP 47 tag ("hi-IN" → hi, "zh-Hant-TW" → zh), or undefined when there is none. */
export function uiLanguageOf(tag: string | null | undefined): UiLanguage | undefined {
  const primary = tag?.toLowerCase().split(/[-_]/)[0];
  return UI_LANGUAGES.find((language) => language.id === primary)?.id;
}

/**
 * A link's `?lang=` (the server's head for it is in that language), else the saved choice, else the first of the
 * browser's languages the UI speaks, else English.
 */
export function preferredLanguage(): UiLanguage {
  const linked = uiLanguageOf(
    typeof location !== 'undefined' ? new URLSearchParams(location.search).get('lang') : null,
  );
  if (linked) return linked;
  const saved = uiLanguageOf(safeStorage()?.getItem(STORAGE_KEY));
  if (saved) return saved;
  const browser =
    typeof navigator === 'undefined'
      ? []
      : navigator.languages?.length
        ? navigator.languages
        : [navigator.language];
  for (const tag of browser) {
    const language = uiLanguageOf(tag);
    if (language) return language;
  }
  return 'en';
}

type Translation = typeof en;

/** English comes with the app (it is also the fallback); any other language's strings load when chosen. */
const LOADERS: Record<Exclude<UiLanguage, 'en'>, () => Promise<Translation>> = {
  zh: () => import('./zh').then((module) => module.zh),
  hi: () => import('./hi').then((module) => module.hi),
  ne: () => import('./ne').then((module) => module.ne),
  si: () => import('./si').then((module) => module.si),
};

/**
 * Starts i18next in `language`. Strings of a language not given in `loaded` show in English until
 * `loadLanguage` brings them (the app awaits that before its first render; tests pass them in).
 */
export function setupI18n(
  language: UiLanguage = preferredLanguage(),
  loaded: Partial<Record<UiLanguage, Translation>> = {},
) {
  const resources = Object.fromEntries(
    Object.entries({ ...loaded, en }).map(([id, translation]) => [id, { translation }]),
  );
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  markDocumentLanguage(language);
  return i18next;
}

/** Fetches a language's strings and taxonomy names once (their own chunks), so a page shows in it from the first render. */
export async function loadLanguage(language: UiLanguage): Promise<void> {
  if (language === 'en' || i18next.hasResourceBundle(language, 'translation')) return;
  const [strings] = await Promise.all([LOADERS[language](), loadTaxonomyWords(language)]);
  i18next.addResourceBundle(language, 'translation', strings);
}

export async function switchLanguage(language: UiLanguage): Promise<void> {
  await loadLanguage(language);
  safeStorage()?.setItem(STORAGE_KEY, language);
  await i18next.changeLanguage(language);
  markDocumentLanguage(language);
}

export function currentLanguage(): UiLanguage {
  return uiLanguageOf(i18next.language) ?? 'en';
}

const chosenLocales = new Map<UiLanguage, string>();

/** The Intl locale of a UI language ("hi-IN"): the first of its `locales` that this browser's Intl supports. */
export function localeOf(language: UiLanguage, supports: (tag: string) => boolean = intlSupports): string {
  const known = supports === intlSupports ? chosenLocales.get(language) : undefined;
  if (known) return known;
  const candidates: readonly string[] = UI_LANGUAGES.find((l) => l.id === language)?.locales ?? ['en-GB'];
  const chosen = candidates.find((tag) => supports(tag)) ?? candidates[candidates.length - 1];
  if (supports === intlSupports) chosenLocales.set(language, chosen);
  return chosen;
}

function intlSupports(tag: string): boolean {
  try {
    return (
      Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 &&
      Intl.NumberFormat.supportedLocalesOf([tag]).length > 0
    );
  } catch {
    return false; // not a well-formed tag
  }
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
