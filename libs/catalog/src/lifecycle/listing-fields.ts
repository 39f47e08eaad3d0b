import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { acceptsQuickly, FieldError, flattenValidationErrors, intentOfCategory } from '@3ipet/common';
import { TechnologyInput } from '../dto/technology-input.dto';
import type { Technology } from '../technology/technology.entity';

/** The writable part of a listing, as stored. */
export type ListingFields = Pick<
  Technology,
  | 'title'
  | 'summary'
  | 'description'
  | 'translations'
  | 'category'
  | 'categories'
  | 'pollutants'
  | 'removalEfficiency'
  | 'intents'
  | 'outletGuarantees'
  | 'sectors'
  | 'trl'
  | 'capitalCostMinUsd'
  | 'capitalCostMaxUsd'
  | 'costBasis'
  | 'operatingCostNote'
  | 'prerequisites'
  | 'flowMinNm3h'
  | 'flowMaxNm3h'
  | 'unitsPerInstallation'
  | 'capacityUnitKind'
  | 'deploymentCountries'
  | 'referenceProjects'
  | 'supplyCountries'
  | 'certifications'
  | 'dealTypes'
  | 'supportLanguages'
>;

export const LISTING_FIELD_NAMES: readonly (keyof ListingFields)[] = [
  'title',
  'summary',
  'description',
  'translations',
  'category',
  'categories',
  'pollutants',
  'removalEfficiency',
  'intents',
  'outletGuarantees',
  'sectors',
  'trl',
  'capitalCostMinUsd',
  'capitalCostMaxUsd',
  'costBasis',
  'operatingCostNote',
  'prerequisites',
  'flowMinNm3h',
  'flowMaxNm3h',
  'unitsPerInstallation',
  'capacityUnitKind',
  'deploymentCountries',
  'referenceProjects',
  'supplyCountries',
  'certifications',
  'dealTypes',
  'supportLanguages',
];

/**
 * Validates a plain object exactly as the API's ValidationPipe does, e.g. a CSV row or a merged patch.
 * Synchronous: every rule of a listing is, and a 50k-row import should not pay a promise per row.
 */
export function validateListingInput(plain: object): { input: TechnologyInput; errors: FieldError[] } {
  const input = plainToInstance(TechnologyInput, plain);
  if (acceptsQuickly(input)) return { input, errors: [] };
  const errors = validateSync(input, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
  });
  return { input, errors: flattenValidationErrors(errors) };
}

const unique = <T>(items: T[]) => [...new Set(items)];

/**
 * Turns validated input into stored fields: project countries are added to the deployment countries, the
 * primary category leads `categories`, and every pollutant gets an intent (its category's when not stated).
 * Sectors are stored as named: a sub-sector does not bring its parent.
 */
export function toListingFields(input: TechnologyInput): ListingFields {
  const referenceProjects = (input.referenceProjects ?? []).map(({ place, country, year, result }) => ({
    place,
    country,
    year,
    result,
  }));
  const stated = new Map((input.intents ?? []).map(({ pollutant, intent }) => [pollutant, intent]));
  return {
    title: input.title,
    summary: input.summary,
    description: input.description,
    translations: (input.translations ?? []).map(({ language, title, summary }) => ({
      language,
      ...(title === undefined ? {} : { title }),
      ...(summary === undefined ? {} : { summary }),
    })),
    category: input.category,
    categories: unique([input.category, ...(input.categories ?? [])]),
    pollutants: input.pollutants,
    removalEfficiency: (input.removalEfficiency ?? []).map(({ pollutant, percent }) => ({
      pollutant,
      percent,
    })),
    intents: input.pollutants.map((pollutant) => ({
      pollutant,
      intent: stated.get(pollutant) ?? intentOfCategory(input.category),
    })),
    outletGuarantees: (input.outletGuarantees ?? []).map(({ pollutant, mgPerNm3 }) => ({
      pollutant,
      mgPerNm3,
    })),
    sectors: unique(input.sectors),
    trl: input.trl,
    capitalCostMinUsd: input.capitalCostMinUsd ?? null,
    capitalCostMaxUsd: input.capitalCostMaxUsd ?? null,
    costBasis: input.costBasis ?? null,
    operatingCostNote: input.operatingCostNote ?? null,
    prerequisites: unique(input.prerequisites ?? []),
    flowMinNm3h: input.flowMinNm3h ?? null,
    flowMaxNm3h: input.flowMaxNm3h ?? null,
    unitsPerInstallation: input.unitsPerInstallation ?? null,
    capacityUnitKind: input.capacityUnitKind ?? null,
    deploymentCountries: unique([
      ...(input.deploymentCountries ?? []),
      ...referenceProjects.map((p) => p.country),
    ]),
    referenceProjects,
    supplyCountries: input.supplyCountries ?? [],
    certifications: input.certifications ?? [],
    dealTypes: input.dealTypes ?? [],
    supportLanguages: input.supportLanguages ?? [],
  };
}

/**
 * The stored fields as API input again, so a patch can be merged onto them and validated as a whole. Only
 * what the vendor chose is carried: secondary categories (a new primary replaces the old one) and intents
 * that differ from their category's (a new category brings its own).
 */
export function toInputShape(fields: ListingFields): Record<string, unknown> {
  const shape: Record<string, unknown> = {};
  for (const name of LISTING_FIELD_NAMES) {
    const value = fields[name];
    if (value !== null) shape[name] = value;
  }
  shape.categories = fields.categories.filter((category) => category !== fields.category);
  shape.intents = fields.intents.filter(({ intent }) => intent !== intentOfCategory(fields.category));
  return shape;
}

/** After a patch that changed the pollutants but not the intents, the intents of dropped pollutants go. */
export function keepIntentsOfListedPollutants(merged: Record<string, unknown>): Record<string, unknown> {
  const { pollutants, intents } = merged;
  if (!Array.isArray(pollutants) || !Array.isArray(intents)) return merged;
  return {
    ...merged,
    intents: intents.filter((entry: { pollutant?: unknown }) => pollutants.includes(entry?.pollutant)),
  };
}
