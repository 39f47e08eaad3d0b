import type { Translation } from '../api/types';
import type { UiLanguage } from '../i18n';

export interface ListingText {
  title: string;
  summary: string;
  /** True when at least one of them comes from a translation. */
  translated: boolean;
}

/** A listing's title and summary in the UI language when the vendor gave that translation, else as written. */
export function listingText(
  listing: { title: string; summary: string; translations?: Translation[] },
  language: UiLanguage,
): ListingText {
  if (language === 'en') return { title: listing.title, summary: listing.summary, translated: false };
  const translation = listing.translations?.find((t) => t.language === language);
  const title = translation?.title?.trim() || listing.title;
  const summary = translation?.summary?.trim() || listing.summary;
  return { title, summary, translated: title !== listing.title || summary !== listing.summary };
}
