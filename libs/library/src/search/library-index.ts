import { TRANSLATION_LANGUAGES } from '@3ipet/common';
import { IndexSettings, mutualSynonyms } from '@3ipet/search';
import { TECHNOLOGY_SYNONYM_GROUPS } from '@3ipet/catalog';

export const LIBRARY_INDEX = 'library';

/** The technology synonyms (ESP, FGD, CEMS, 脱硫 …) plus the words of the library's own subjects. */
export const LIBRARY_SYNONYM_GROUPS: string[][] = [
  ...TECHNOLOGY_SYNONYM_GROUPS,
  ['zig-zag', 'zigzag', '之字形', '曲折'],
  ['brick kiln', '砖窑'],
  ['kiln', '窑'],
  ['emissions inventory', 'emission inventory', '排放清单'],
  ['case study', '案例', '案例研究'],
  ['policy brief', '政策简报'],
  ['guidance', 'guideline', '指南'],
  ['lpg', 'liquefied petroleum gas', '液化石油气'],
  ['clean cooking', '清洁炊事', '清洁烹饪'],
  ['workshop', '研讨会', '培训'],
  ['dataset', 'data set', '数据集'],
];

/** The same facets as the other searches where they apply, plus the kind of resource. */
export const LIBRARY_FACETS = ['kind', 'pollutants', 'sectors', 'countries', 'categories'] as const;

export const LIBRARY_INDEX_SETTINGS: IndexSettings = {
  primaryKey: 'id',
  searchableAttributes: ['title', 'translations', 'authors', 'tagLabels', 'body'],
  filterableAttributes: [
    'id',
    'kind',
    'pollutants',
    'sectors',
    'countries',
    'categories',
    'technologyIds',
    'needIds',
    'eventIds',
  ],
  sortableAttributes: ['date', 'publishedAt'],
  facetable: [...LIBRARY_FACETS],
  synonyms: mutualSynonyms(LIBRARY_SYNONYM_GROUPS),
  typoTolerance: true,
  localizedAttributes: [
    { attributes: ['translations', 'translations.*'], languages: [...TRANSLATION_LANGUAGES] },
  ],
};
