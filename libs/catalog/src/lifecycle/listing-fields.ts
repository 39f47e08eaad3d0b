import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { acceptsQuickly, FieldError, flattenValidationErrors, parentSectorOf } from '@3ipet/common';
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
  | 'pollutants'
  | 'removalEfficiency'
  | 'sectors'
  | 'trl'
  | 'capitalCostMinUsd'
  | 'capitalCostMaxUsd'
  | 'operatingCostNote'
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
  'pollutants',
  'removalEfficiency',
  'sectors',
  'trl',
  'capitalCostMinUsd',
  'capitalCostMaxUsd',
  'operatingCostNote',
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

/** Turns validated input into stored fields: parents of sub-sectors and project countries are added. */
export function toListingFields(input: TechnologyInput): ListingFields {
  const referenceProjects = (input.referenceProjects ?? []).map(({ place, country, year, result }) => ({
    place,
    country,
    year,
    result,
  }));
  const parents = input.sectors
    .map(parentSectorOf)
    .filter((parent): parent is string => parent !== undefined);
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
    pollutants: input.pollutants,
    removalEfficiency: (input.removalEfficiency ?? []).map(({ pollutant, percent }) => ({
      pollutant,
      percent,
    })),
    sectors: unique([...parents, ...input.sectors]),
    trl: input.trl,
    capitalCostMinUsd: input.capitalCostMinUsd ?? null,
    capitalCostMaxUsd: input.capitalCostMaxUsd ?? null,
    operatingCostNote: input.operatingCostNote ?? null,
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

/** The stored fields as API input again, so a patch can be merged onto them and validated as a whole. */
export function toInputShape(fields: ListingFields): Record<string, unknown> {
  const shape: Record<string, unknown> = {};
  for (const name of LISTING_FIELD_NAMES) {
    const value = fields[name];
    if (value !== null) shape[name] = value;
  }
  return shape;
}
