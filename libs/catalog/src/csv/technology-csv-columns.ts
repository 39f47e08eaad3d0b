import { TRANSLATION_LANGUAGES } from '@3ipet/common';
import type { Technology } from '../technology/technology.entity';

/** Separates list items in a cell: `pm2.5; pm10`. */
export const LIST_SEPARATOR = ';';
/** Reference projects go one per line inside their cell, fields split by `|`: `place | country | year | result`. */
export const PROJECT_SEPARATOR = '\n';
export const PROJECT_FIELD_SEPARATOR = '|';

/** CSV column ↔ listing field, for the fields a vendor writes. */
export const CONTENT_COLUMNS = {
  title: 'title',
  summary: 'summary',
  description: 'description',
  category: 'category',
  categories: 'categories',
  pollutants: 'pollutants',
  removal_efficiency: 'removalEfficiency',
  intents: 'intents',
  outlet_guarantees: 'outletGuarantees',
  sectors: 'sectors',
  trl: 'trl',
  capital_cost_min_usd: 'capitalCostMinUsd',
  capital_cost_max_usd: 'capitalCostMaxUsd',
  cost_basis: 'costBasis',
  operating_cost_note: 'operatingCostNote',
  prerequisites: 'prerequisites',
  flow_min_nm3h: 'flowMinNm3h',
  flow_max_nm3h: 'flowMaxNm3h',
  units_per_installation: 'unitsPerInstallation',
  capacity_unit_kind: 'capacityUnitKind',
  deployment_countries: 'deploymentCountries',
  reference_projects: 'referenceProjects',
  supply_countries: 'supplyCountries',
  certifications: 'certifications',
  deal_types: 'dealTypes',
  support_languages: 'supportLanguages',
} as const satisfies Record<string, keyof Technology>;

export type ContentColumn = keyof typeof CONTENT_COLUMNS;

/** `title_zh`, `summary_zh`, … one pair per translation language. */
export const TRANSLATION_COLUMNS = TRANSLATION_LANGUAGES.flatMap((language) => [
  `title_${language}`,
  `summary_${language}`,
]);

/** Written by the export for reference; an import ignores them (every imported row is a new draft). */
export const EXPORT_ONLY_COLUMNS = ['id', 'status', 'version', 'published_at', 'expires_at'] as const;

export const REQUIRED_COLUMNS: readonly ContentColumn[] = [
  'title',
  'summary',
  'description',
  'category',
  'pollutants',
  'sectors',
  'trl',
];

const KNOWN_COLUMNS = new Set<string>([
  ...Object.keys(CONTENT_COLUMNS),
  ...TRANSLATION_COLUMNS,
  ...EXPORT_ONLY_COLUMNS,
]);

export const isKnownColumn = (column: string) => KNOWN_COLUMNS.has(column);

const FIELD_TO_COLUMN = new Map<string, string>(
  Object.entries(CONTENT_COLUMNS).map(([column, field]) => [field, column]),
);

/** `capitalCostMaxUsd` → `capital_cost_max_usd`, `referenceProjects.0.year` → `reference_projects.0.year`. */
export function columnOfField(fieldPath: string, translationLanguages: readonly string[]): string {
  const [field, index, nested] = fieldPath.split('.');
  if (field === 'translations' && index !== undefined) {
    const language = translationLanguages[Number(index)];
    return nested && language ? `${nested}_${language}` : 'translations';
  }
  const column = FIELD_TO_COLUMN.get(field) ?? field;
  return [column, ...fieldPath.split('.').slice(1)].join('.');
}

/** The columns of an export, content first; translation columns only for languages some row uses. */
export function exportColumns(translationLanguages: readonly string[]): string[] {
  return [
    ...EXPORT_ONLY_COLUMNS,
    ...Object.keys(CONTENT_COLUMNS),
    ...translationLanguages.flatMap((language) => [`title_${language}`, `summary_${language}`]),
  ];
}
