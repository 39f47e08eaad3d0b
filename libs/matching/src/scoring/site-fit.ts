import { fuelById, prerequisiteById, prerequisiteMet, type SiteConditions } from '@3ipet/common';
import { NeedProfile, TechnologyProfile } from './profiles';

const NO_SITE: SiteConditions = { fuels: [], gridPower: null, waterSupply: null };

/** The first prerequisite of the listing the need's site states it lacks, or undefined. */
function unmetPrerequisite(need: NeedProfile, tech: TechnologyProfile): string | undefined {
  const prerequisites = tech.prerequisites;
  if (!prerequisites || prerequisites.length === 0) return undefined;
  const site = need.site ?? NO_SITE;
  return prerequisites.find((id) => prerequisiteMet(id, site) === false);
}

/** Where the need's flue-gas flow lies against the flow range one installation handles, when both are stated. */
function flowOutside(need: NeedProfile, tech: TechnologyProfile): 'above' | 'below' | undefined {
  const flow = need.flowNm3h;
  if (flow === null || flow === undefined) return undefined;
  if (tech.flowMaxNm3h !== null && tech.flowMaxNm3h !== undefined && flow > tech.flowMaxNm3h) return 'above';
  if (tech.flowMinNm3h !== null && tech.flowMinNm3h !== undefined && flow < tech.flowMinNm3h) return 'below';
  return undefined;
}

/** `siteExclusion` as a yes/no, without building a sentence: for ranking many listings. */
export const isSiteExcluded = (need: NeedProfile, tech: TechnologyProfile): boolean =>
  unmetPrerequisite(need, tech) !== undefined || flowOutside(need, tech) !== undefined;

/** "High-sulphur coal" → "high-sulphur coal", "LPG" stays. */
const inSentence = (label: string) =>
  label.length > 1 && label[1] === label[1].toLowerCase() ? label[0].toLowerCase() + label.slice(1) : label;

const fuelList = (ids: readonly string[]) => {
  const names = ids.map((id) => inSentence(fuelById(id)?.label ?? id));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
};

const flowWords = (n: number) => `${String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} Nm3/h`;

/**
 * Why the listing cannot work at the need's site, or undefined: a prerequisite the need says its site lacks
 * ("Needs low-sulphur fuel; the need has only high-sulphur coal."), or a flue-gas flow outside the range one
 * installation handles, naming both figures. Unstated conditions rule nothing out.
 */
export function siteExclusion(need: NeedProfile, tech: TechnologyProfile): string | undefined {
  const unmet = unmetPrerequisite(need, tech);
  if (unmet !== undefined) {
    const prerequisite = prerequisiteById(unmet)!;
    const site = need.site ?? NO_SITE;
    const lacks =
      prerequisite.kind === 'fuel'
        ? `the need has only ${fuelList(site.fuels)}`
        : `the need states its site has no ${prerequisite.kind === 'gridPower' ? 'grid power' : 'water supply'}`;
    return `${prerequisite.label}; ${lacks}.`;
  }
  const outside = flowOutside(need, tech);
  if (outside === undefined) return undefined;
  const low = tech.flowMinNm3h ?? null;
  const high = tech.flowMaxNm3h ?? null;
  const handles =
    low !== null && high !== null
      ? `${flowWords(low)} to ${flowWords(high)}`
      : high !== null
        ? `up to ${flowWords(high)}`
        : `at least ${flowWords(low!)}`;
  return `One installation handles ${handles} of flue gas; the need's flow of ${flowWords(need.flowNm3h!)} is ${outside} that range.`;
}
