import type { CostBasis } from '@3ipet/common';
import type { PollutantIntent, ReferenceProject, Translation } from '../technology/technology.entity';

export type SeedStatus = 'draft' | 'submitted' | 'changes_requested' | 'published' | 'archived';

/** A listing of the demo data in the API's input shape, with the state it is seeded in. */
export interface SeedTechnology {
  vendor: string;
  status: SeedStatus;
  /** Published and archived listings: days since publication (spreads "newest" sorting). */
  publishedDaysAgo?: number;
  changesRequestedReason?: string;
  input: {
    title: string;
    summary: string;
    description: string;
    translations?: Translation[];
    category: string;
    categories?: string[];
    pollutants: string[];
    removalEfficiency?: { pollutant: string; percent: number }[];
    /** Left out: every pollutant takes the intent its category implies. */
    intents?: PollutantIntent[];
    sectors: string[];
    trl: number;
    capitalCostMinUsd?: number;
    capitalCostMaxUsd?: number;
    costBasis?: CostBasis;
    operatingCostNote?: string;
    /** What it needs at the site (prerequisite ids) and the flue-gas flow one installation handles. */
    prerequisites?: string[];
    flowMinNm3h?: number;
    flowMaxNm3h?: number;
    deploymentCountries?: string[];
    referenceProjects?: ReferenceProject[];
    supplyCountries?: string[];
    certifications?: string[];
    dealTypes?: string[];
    supportLanguages?: string[];
  };
}

export const project = (place: string, country: string, year: number, result: string): ReferenceProject => ({
  place,
  country,
  year,
  result,
});

export const zh = (title: string, summary: string): Translation => ({ language: 'zh', title, summary });

export const efficiency = (percents: Record<string, number>) =>
  Object.entries(percents).map(([pollutant, percent]) => ({ pollutant, percent }));

/** South Asia plus the rest of the region most Chinese vendors ship to. */
export const SOUTH_ASIA = ['IN', 'NP', 'LK', 'BD', 'PK', 'BT', 'MV'];
export const ASIA_WIDE = [...SOUTH_ASIA, 'VN', 'TH', 'ID', 'MY', 'PH', 'MN', 'KZ', 'UZ'];
