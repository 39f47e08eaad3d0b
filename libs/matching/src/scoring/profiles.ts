import type { CostBasis, ListingIntent, NeedWants, SiteConditions } from '@3ipet/common';

/** What scoring needs to know about a need; built from the need by the caller. */
export interface NeedProfile {
  id: string;
  pollutants: readonly string[];
  /** Measure the pollutants, cut them, or both. */
  wants: NeedWants;
  /** Sector and sub-sector ids as named (`industry`, `industry.brick-kilns`). */
  sectors: readonly string[];
  /** ISO 3166-1 alpha-2. */
  country: string;
  budgetMinUsd: number | null;
  budgetMaxUsd: number | null;
  /** How many units (kilns, buses…) the budget covers; null when not stated. */
  unitCount: number | null;
  unitKind: string | null;
  minTrl: number | null;
  /** Outlet concentration to reach per pollutant, mg/Nm3; absent when the need states none. */
  outletLimits?: Readonly<Record<string, number>>;
  /** Fuels, grid power and water at the site; absent or unstated parts rule nothing out. */
  site?: SiteConditions;
  /** Flue-gas flow of one source, Nm3/h; null or absent: not stated. */
  flowNm3h?: number | null;
  /** The city area the need covers: its name, people and km², for per-resident and per-km² costs. */
  areaName?: string | null;
  areaPopulation?: number | null;
  areaKm2?: number | null;
}

/** What scoring needs to know about a technology listing. */
export interface TechnologyProfile {
  id: string;
  status: string;
  pollutants: readonly string[];
  /** What the listing does to each of its pollutants. */
  intentByPollutant: Readonly<Record<string, ListingIntent>>;
  /** Stated removal efficiency per pollutant, 0-100, when the vendor gave one. */
  efficiencyByPollutant: Readonly<Record<string, number>>;
  /**
   * Removal efficiencies confirmed by expert review, per pollutant: who issued the evidence and the year of
   * the test (or of the verdict). Absent or missing a pollutant: the figure is the vendor's word.
   */
  verifiedEfficiency?: Readonly<Record<string, VerifiedFigure>>;
  /** How many of its claims expert review confirmed (ranks equal scores before maturity). */
  verifiedClaims?: number;
  /** Guaranteed outlet concentration per pollutant, mg/Nm3, when the vendor states one. */
  outletGuarantees?: Readonly<Record<string, number>>;
  /** Prerequisite ids: what the technology needs at the site (low-sulphur fuel, grid power…). */
  prerequisites?: readonly string[];
  /** Flue-gas flow one installation handles, Nm3/h; null or absent: not stated. */
  flowMinNm3h?: number | null;
  flowMaxNm3h?: number | null;
  /** How many units (of `capacityUnitKind`) one installation serves. */
  unitsPerInstallation?: number | null;
  capacityUnitKind?: string | null;
  /** Sector and sub-sector ids as named. */
  sectors: readonly string[];
  trl: number;
  costMinUsd: number | null;
  costMaxUsd: number | null;
  /** What the cost counts; null when not stated. */
  costBasis: CostBasis | null;
  supplyCountries: readonly string[];
  deploymentCountries: readonly string[];
  referenceProjectCountries: readonly string[];
}

export interface VerifiedFigure {
  percent: number;
  /** The lab, certifier or client named on the evidence; null: none named. */
  issuer: string | null;
  year: number;
}

export interface ScoringLabels {
  pollutant(id: string): string;
  sector(id: string): string;
  country(code: string): string;
}
