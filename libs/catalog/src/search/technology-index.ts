import { TRANSLATION_LANGUAGES } from '@3ipet/common';
import { IndexSettings, mutualSynonyms } from '@3ipet/search';
import { PARTNER_LANGUAGE_SYNONYM_GROUPS } from './partner-language-synonyms';

export const TECHNOLOGY_INDEX = 'technologies';

/** Synonyms from PRODUCT.md, plus the spelling variants agencies type. Each group is mutual. */
export const TECHNOLOGY_SYNONYM_GROUPS: string[][] = [
  ['esp', 'electrostatic precipitator', '静电除尘', '静电除尘器', 'इलेक्ट्रोस्टैटिक प्रेसिपिटेटर'],
  ['fgd', 'flue gas desulfurisation', 'flue gas desulfurization'],
  ['scr', 'selective catalytic reduction'],
  ['sncr', 'selective non-catalytic reduction'],
  ['cems', 'continuous emission monitoring system', 'continuous emissions monitoring'],
  ['dpf', 'diesel particulate filter'],
  ['doc', 'diesel oxidation catalyst'],
  ['rto', 'regenerative thermal oxidiser', 'regenerative thermal oxidizer'],
  ['bag filter', 'fabric filter', 'baghouse', '袋式除尘器'],
  ['脱硫', 'desulfurisation', 'desulfurization'],
  ['脱硝', 'denitrification', 'denitration'],
  ['oxidiser', 'oxidizer'],
  ...PARTNER_LANGUAGE_SYNONYM_GROUPS,
];

export const TECHNOLOGY_FACETS = [
  'pollutants',
  'intents',
  'sectors',
  'category',
  'countries',
  'trl',
] as const;

export const TECHNOLOGY_INDEX_SETTINGS: IndexSettings = {
  primaryKey: 'id',
  searchableAttributes: [
    'title',
    'translations',
    'summary',
    'categoryLabel',
    'categoryLabelZh',
    'vendorName',
    'description',
  ],
  filterableAttributes: [
    // `id`: a saved search is tested against one newly published listing with `id in [...]` (libs/needs).
    'id',
    'pollutants',
    'intents',
    'sectors',
    'category',
    'categoryPath',
    'trl',
    'costMin',
    'costMax',
    'countries',
    'supplyCountries',
    'deploymentCountries',
    'vendorCountry',
    'certifications',
    'dealTypes',
    // Listings with a claim confirmed by expert review (`verified=true`).
    'verified',
  ],
  sortableAttributes: ['publishedAt', 'trl', 'costMin'],
  facetable: [...TECHNOLOGY_FACETS],
  synonyms: mutualSynonyms(TECHNOLOGY_SYNONYM_GROUPS),
  typoTolerance: true,
  // Segmented by their language rather than guessed from a few words (Chinese has no spaces between words).
  localizedAttributes: [
    { attributes: ['categoryLabelZh'], languages: ['zh'] },
    { attributes: ['translations', 'translations.*'], languages: [...TRANSLATION_LANGUAGES] },
  ],
};
