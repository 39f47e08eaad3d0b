import { countryName, parentSectorOf } from '@3ipet/catalog';
import type { OrganizationSummary } from '@3ipet/identity';
import type { Need } from '../need/need.entity';

/** An open need as the search engine stores it. */
export interface NeedDocument {
  [field: string]: unknown;
  id: string;
  title: string;
  description: string;
  /** Title and description in other languages, searched in their own language (see NEED_INDEX_SETTINGS). */
  translations: { language: string; title: string; description?: string }[];
  city: string;
  country: string;
  countryName: string;
  pollutants: string[];
  /** The need's sectors plus the parents of its sub-sectors, so filtering by `industry` finds brick kilns. */
  sectors: string[];
  budgetMin?: number;
  budgetMax?: number;
  /** 1 when the need names none: any technology qualifies. */
  minTrl: number;
  dealTypes: string[];
  organizationId: string;
  organizationName: string;
  organizationCountry: string;
  organizationVerified: boolean;
  /** Epoch milliseconds, so both engines sort them as numbers. */
  deadline: number;
  openedAt: number;
}

export function toNeedDocument(need: Need, organization: OrganizationSummary | null): NeedDocument {
  const parents = need.sectors.map(parentSectorOf).filter((parent): parent is string => parent !== undefined);
  return {
    id: need.id,
    title: need.title,
    description: need.description,
    translations: need.translations ?? [],
    city: need.city,
    country: need.country,
    countryName: countryName(need.country) ?? need.country,
    pollutants: need.pollutants,
    sectors: [...new Set([...need.sectors, ...parents])],
    ...(need.budgetMinUsd === null ? {} : { budgetMin: need.budgetMinUsd }),
    ...(need.budgetMaxUsd === null ? {} : { budgetMax: need.budgetMaxUsd }),
    minTrl: need.minTrl ?? 1,
    dealTypes: need.dealTypes,
    organizationId: need.organizationId,
    organizationName: organization?.name ?? '',
    organizationCountry: organization?.country ?? '',
    organizationVerified: organization?.verified ?? false,
    deadline: need.deadline.getTime(),
    openedAt: (need.openedAt ?? need.updatedAt).getTime(),
  };
}
