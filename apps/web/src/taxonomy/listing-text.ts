import type { Translation } from '../api/types';
import { UI_LANGUAGES, type UiLanguage } from '../i18n';

export interface ListingText {
  title: string;
  summary: string;
  /** True when at least one of them comes from a translation. */
  translated: boolean;
  /**
   * The `lang` attribute each text needs, or undefined when it is in the page's own language: English shown on a
   * Chinese page (no translation given) is marked `en` so screen readers and fonts treat it as English.
   */
  titleLang: string | undefined;
  summaryLang: string | undefined;
}

/** A listing's title and summary in the UI language when the vendor gave that translation, else as written. */
export function listingText(
  listing: { title: string; summary: string; translations?: Translation[] },
  language: UiLanguage,
): ListingText {
  if (language === 'en') {
    return {
      title: listing.title,
      summary: listing.summary,
      translated: false,
      titleLang: undefined,
      summaryLang: undefined,
    };
  }
  const translation = listing.translations?.find((t) => t.language === language);
  const translatedTitle = translation?.title?.trim();
  const translatedSummary = translation?.summary?.trim();
  const title = translatedTitle || listing.title;
  const summary = translatedSummary || listing.summary;
  return {
    title,
    summary,
    translated: title !== listing.title || summary !== listing.summary,
    titleLang: translatedTitle ? undefined : 'en',
    summaryLang: translatedSummary ? undefined : 'en',
  };
}

/** The `lang` attribute of a UI language (`zh-Hans` for Chinese). */
export function htmlLangOf(language: UiLanguage): string {
  return UI_LANGUAGES.find((l) => l.id === language)?.htmlLang ?? language;
}
