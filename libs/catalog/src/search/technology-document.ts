import { categoryById } from '@3ipet/common';
import type { Technology } from '../technology/technology.entity';
import type { VendorSummary } from '../vendors/vendor-directory';

/** A published listing as the search engine stores it: text to match, ids to filter, numbers to sort. */
export interface TechnologyDocument {
  [field: string]: unknown;
  id: string;
  /** The listing version indexed, so consistency checks can tell a stale document from a current one. */
  version: number;
  title: string;
  summary: string;
  description: string;
  translations: { language: string; title?: string; summary?: string }[];
  category: string;
  /** The category's group and the category itself, so a filter may name either. */
  categoryPath: string[];
  categoryLabel: string;
  categoryLabelZh: string;
  pollutants: string[];
  sectors: string[];
  trl: number;
  costMin?: number;
  costMax?: number;
  /** Supplied to or deployed in: the countries an agency can expect it in. */
  countries: string[];
  supplyCountries: string[];
  deploymentCountries: string[];
  certifications: string[];
  dealTypes: string[];
  vendorId: string;
  vendorName: string;
  vendorCountry: string;
  vendorVerified: boolean;
  /** Epoch milliseconds, so both engines sort it as a number. */
  publishedAt: number;
}

export function toTechnologyDocument(
  technology: Technology,
  vendor: VendorSummary | undefined,
): TechnologyDocument {
  const category = categoryById(technology.category);
  return {
    id: technology.id,
    version: technology.version,
    title: technology.title,
    summary: technology.summary,
    description: technology.description,
    translations: technology.translations,
    category: technology.category,
    categoryPath: [category?.groupId ?? technology.category.split('.')[0], technology.category],
    categoryLabel: category?.label ?? technology.category,
    categoryLabelZh: category?.labelZh ?? '',
    pollutants: technology.pollutants,
    sectors: technology.sectors,
    trl: technology.trl,
    ...(technology.capitalCostMinUsd === null ? {} : { costMin: technology.capitalCostMinUsd }),
    ...(technology.capitalCostMaxUsd === null ? {} : { costMax: technology.capitalCostMaxUsd }),
    countries: [...new Set([...technology.supplyCountries, ...technology.deploymentCountries])],
    supplyCountries: technology.supplyCountries,
    deploymentCountries: technology.deploymentCountries,
    certifications: technology.certifications,
    dealTypes: technology.dealTypes,
    vendorId: technology.vendorOrganizationId,
    ...vendorFields(vendor),
    publishedAt: (technology.publishedAt ?? technology.updatedAt).getTime(),
  };
}

/** What a document copies from its vendor's profile (so the indexer can tell whether that moved). */
export function vendorFields(
  vendor: VendorSummary | undefined,
): Pick<TechnologyDocument, 'vendorName' | 'vendorCountry' | 'vendorVerified'> {
  return {
    vendorName: vendor?.name ?? '',
    vendorCountry: vendor?.country ?? '',
    vendorVerified: vendor?.verified ?? false,
  };
}
