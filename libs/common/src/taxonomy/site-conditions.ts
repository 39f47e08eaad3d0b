/**
 * Fuels a site burns or has supplied. `lowSulphur`: sulphur low enough for catalysts, scrubber-free SO2
 * limits and DPFs (natural gas, LPG, ULSD, low-sulphur coal, biomass); `gas`: piped natural gas or LPG.
 */
export interface Fuel {
  id: string;
  label: string;
  lowSulphur: boolean;
  gas: boolean;
}

export const FUELS: readonly Fuel[] = [
  { id: 'high-sulphur-coal', label: 'High-sulphur coal', lowSulphur: false, gas: false },
  { id: 'low-sulphur-coal', label: 'Low-sulphur coal', lowSulphur: true, gas: false },
  { id: 'heavy-fuel-oil', label: 'Heavy fuel oil', lowSulphur: false, gas: false },
  { id: 'high-sulphur-diesel', label: 'High-sulphur diesel', lowSulphur: false, gas: false },
  { id: 'ulsd', label: 'Ultra-low-sulphur diesel', lowSulphur: true, gas: false },
  { id: 'biomass', label: 'Biomass', lowSulphur: true, gas: false },
  { id: 'natural-gas', label: 'Natural gas', lowSulphur: true, gas: true },
  { id: 'lpg', label: 'LPG', lowSulphur: true, gas: true },
];

/**
 * What a listing needs at the site to work. A fuel prerequisite is met by any fuel the need has that
 * satisfies it; a utility prerequisite by the need stating the utility available.
 */
export interface Prerequisite {
  id: string;
  label: string;
  /** `fuel`: read from the need's fuels; otherwise the need's yes/no of that utility. */
  kind: 'fuel' | 'gridPower' | 'waterSupply';
}

export const PREREQUISITES: readonly Prerequisite[] = [
  { id: 'low-sulphur-fuel', label: 'Needs low-sulphur fuel', kind: 'fuel' },
  { id: 'gas-supply', label: 'Needs natural gas or LPG supply', kind: 'fuel' },
  { id: 'grid-power', label: 'Needs grid power', kind: 'gridPower' },
  { id: 'water-supply', label: 'Needs water supply', kind: 'waterSupply' },
];

/** The conditions a need states about its site; an empty fuel list or a null utility is not stated. */
export interface SiteConditions {
  fuels: readonly string[];
  gridPower: boolean | null;
  waterSupply: boolean | null;
}

const FUELS_BY_ID = new Map(FUELS.map((fuel) => [fuel.id, fuel] as const));
const PREREQUISITES_BY_ID = new Map(PREREQUISITES.map((p) => [p.id, p] as const));

export const fuelById = (id: string): Fuel | undefined => FUELS_BY_ID.get(id);
export const prerequisiteById = (id: string): Prerequisite | undefined => PREREQUISITES_BY_ID.get(id);

const fuelMeets = (prerequisiteId: string, fuel: Fuel) =>
  prerequisiteId === 'gas-supply' ? fuel.gas : fuel.lowSulphur;

/**
 * Whether the site meets one prerequisite: true or false when the need states the condition, null when it
 * does not (no fuel named, utility left open).
 */
export function prerequisiteMet(prerequisiteId: string, site: SiteConditions): boolean | null {
  const prerequisite = PREREQUISITES_BY_ID.get(prerequisiteId);
  if (!prerequisite) return null;
  if (prerequisite.kind === 'fuel') {
    if (site.fuels.length === 0) return null;
    return site.fuels.some((id) => {
      const fuel = FUELS_BY_ID.get(id);
      return fuel !== undefined && fuelMeets(prerequisiteId, fuel);
    });
  }
  return site[prerequisite.kind];
}
