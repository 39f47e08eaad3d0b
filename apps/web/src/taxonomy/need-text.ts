import type { UiLanguage } from '../i18n';

export interface NeedText {
  title: string;
  description: string;
  /** True when at least one of them comes from a translation. */
  translated: boolean;
  /** `lang` of each text when it is not in the page's language (the English original on a Nepali page). */
  titleLang: string | undefined;
  descriptionLang: string | undefined;
}

/** A need's title and description in the UI language when the agency gave that translation, else as written. */
export function needText(
  need: {
    title: string;
    description: string;
    translations?: { language: string; title?: string; description?: string }[];
  },
  language: UiLanguage,
): NeedText {
  if (language === 'en') {
    return {
      title: need.title,
      description: need.description,
      translated: false,
      titleLang: undefined,
      descriptionLang: undefined,
    };
  }
  const translation = need.translations?.find((t) => t.language === language);
  const translatedTitle = translation?.title?.trim();
  const translatedDescription = translation?.description?.trim();
  return {
    title: translatedTitle || need.title,
    description: translatedDescription || need.description,
    translated: Boolean(translatedTitle || translatedDescription),
    titleLang: translatedTitle ? undefined : 'en',
    descriptionLang: translatedDescription ? undefined : 'en',
  };
}

/** A need's title alone (lists, cards), chosen as `needText` chooses it, with its `lang` when not translated. */
export function needTitle(
  need: { title: string; translations?: { language: string; title?: string }[] },
  language: UiLanguage,
): { title: string; lang: string | undefined } {
  const text = needText({ ...need, description: '' }, language);
  return { title: text.title, lang: text.titleLang };
}
