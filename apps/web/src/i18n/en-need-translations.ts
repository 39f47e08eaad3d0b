/** English strings of needs' translations: the editor section and the note on a translated need (see en.ts). */
export const enNeedTranslations = {
  needTranslations: {
    hint: 'The title and description in the languages of the partner countries, shown to readers who use them.',
    translatedDescription: 'Translated description',
    translatedNote: 'Title and description translated by the agency. Original title:',
  },
};
