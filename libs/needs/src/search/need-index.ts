import { TRANSLATION_LANGUAGES } from '@3ipet/common';
import type { IndexSettings } from '@3ipet/search';

export const NEED_INDEX = 'needs';

export const NEED_FACETS = ['pollutants', 'sectors', 'country'] as const;

/** Open needs as vendors search them: the words of the need, then the place and who asks. */
export const NEED_INDEX_SETTINGS: IndexSettings = {
  primaryKey: 'id',
  searchableAttributes: ['title', 'translations', 'description', 'city', 'countryName', 'organizationName'],
  filterableAttributes: [
    'id',
    'pollutants',
    'sectors',
    'country',
    'budgetMax',
    'minTrl',
    'dealTypes',
    'organizationId',
  ],
  sortableAttributes: ['deadline', 'openedAt'],
  facetable: [...NEED_FACETS],
  synonyms: {},
  typoTolerance: true,
  // Hindi, Nepali, Sinhala and Chinese translations are segmented by their language, not guessed from a few words.
  localizedAttributes: [
    { attributes: ['translations', 'translations.*'], languages: [...TRANSLATION_LANGUAGES] },
  ],
};
