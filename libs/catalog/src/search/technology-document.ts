import { categoryById, parentSectorOf } from '@3ipet/common';
import type { Technology } from '../technology/technology.entity';
import { lastVerifiedAt } from '../claims/listing-claims';
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
  /** Every category of the listing and their groups, so a filter may name any of them. */
  categoryPath: string[];
  categoryLabel: string;
  categoryLabelZh: string;
  pollutants: string[];
  /** The distinct intents of the listing (measures, removes, avoids, manages). */
  intents: string[];
  /** The listing's sectors plus the parents of its sub-sectors, so filtering by `industry` finds brick kilns. */
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
  /** Whether expert review confirmed at least one claim of the listing (filter `verified`). */
  verified: boolean;
  /** Epoch milliseconds of the latest confirming verdict, when verified. */
  verifiedAt?: number;
  verifiedClaims: number;
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
    categoryPath: [
      ...new Set(
        technology.categories
          .concat(technology.category)
          .flatMap((id) => [categoryById(id)?.groupId ?? id.split('.')[0], id]),
      ),
    ],
    categoryLabel: category?.label ?? technology.category,
    categoryLabelZh: category?.labelZh ?? '',
    pollutants: technology.pollutants,
    intents: [...new Set(technology.intents.map((entry) => entry.intent))],
    sectors: [...new Set([...technology.sectors.map((s) => parentSectorOf(s) ?? s), ...technology.sectors])],
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
    ...verificationFields(technology),
  };
}

function verificationFields(
  technology: Technology,
): Pick<TechnologyDocument, 'verified' | 'verifiedAt' | 'verifiedClaims'> {
  const claims = technology.verifiedClaims ?? [];
  const latest = lastVerifiedAt(claims);
  return {
    verified: claims.length > 0,
    ...(latest === null ? {} : { verifiedAt: Date.parse(latest) }),
    verifiedClaims: claims.length,
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
