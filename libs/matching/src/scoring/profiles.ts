/** What scoring needs to know about a need; built from the need by the caller. */
export interface NeedProfile {
  id: string;
  pollutants: readonly string[];
  /** Sector and sub-sector ids (`industry`, `industry.brick-kilns`). */
  sectors: readonly string[];
  /** ISO 3166-1 alpha-2. */
  country: string;
  budgetMinUsd: number | null;
  budgetMaxUsd: number | null;
  minTrl: number | null;
}

/** What scoring needs to know about a technology listing. */
export interface TechnologyProfile {
  id: string;
  status: string;
  pollutants: readonly string[];
  /** Stated removal efficiency per pollutant, 0-100, when the vendor gave one. */
  efficiencyByPollutant: Readonly<Record<string, number>>;
  sectors: readonly string[];
  trl: number;
  costMinUsd: number | null;
  costMaxUsd: number | null;
  supplyCountries: readonly string[];
  deploymentCountries: readonly string[];
  referenceProjectCountries: readonly string[];
}

export interface ScoringLabels {
  pollutant(id: string): string;
  sector(id: string): string;
  country(code: string): string;
}
