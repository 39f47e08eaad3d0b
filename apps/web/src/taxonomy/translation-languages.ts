/** The languages an editor offers for a translation: those of the partner countries, Chinese first. */
export const EDITOR_TRANSLATION_LANGUAGES = ['zh', 'hi', 'ne', 'si', 'ta', 'bn', 'ur'];

/** A new translation row offers the writer's own UI language first, else the first language not translated yet. */
export function nextTranslationLanguage(uiLanguage: string, taken: string[]): string {
  const free = EDITOR_TRANSLATION_LANGUAGES.filter((language) => !taken.includes(language));
  return free.includes(uiLanguage) ? uiLanguage : (free[0] ?? 'hi');
}
