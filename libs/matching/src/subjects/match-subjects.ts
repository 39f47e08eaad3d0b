import { Technology, categoryById } from '@3ipet/catalog';
import type { Need } from '@3ipet/needs';
import type { NeedProfile, TechnologyProfile, VerifiedFigure } from '../scoring/profiles';
import { WeightedTerms, needTerms, technologyTerms } from '../scoring/text-relevance';
import { MATCHING_VOCABULARY } from './matching-vocabulary';

/** A need as scoring sees it: the profile the rules read and the terms its text is compared by. */
export interface NeedSubject {
  profile: NeedProfile;
  terms: WeightedTerms;
  status: Need['status'];
  organizationId: string;
  title: string;
}

export interface TechnologySubject {
  profile: TechnologyProfile;
  terms: WeightedTerms;
  vendorOrganizationId: string;
  title: string;
}

export function needSubjectOf(need: Need): NeedSubject {
  return {
    profile: {
      id: need.id,
      pollutants: need.pollutants,
      wants: need.wants,
      sectors: need.sectors,
      country: need.country,
      budgetMinUsd: need.budgetMinUsd,
      budgetMaxUsd: need.budgetMaxUsd,
      unitCount: need.unitCount,
      unitKind: need.unitKind,
      minTrl: need.minTrl,
      outletLimits: Object.fromEntries(
        (need.outletLimits ?? []).map((limit) => [limit.pollutant, limit.mgPerNm3]),
      ),
      site: {
        fuels: need.fuels ?? [],
        gridPower: need.gridPower ?? null,
        waterSupply: need.waterSupply ?? null,
      },
      flowNm3h: need.flowNm3h ?? null,
      areaName: need.areaName ?? null,
      areaPopulation: need.areaPopulation ?? null,
      areaKm2: need.areaKm2 ?? null,
    },
    terms: needTerms(need, MATCHING_VOCABULARY),
    status: need.status,
    organizationId: need.organizationId,
    title: need.title,
  };
}

/**
 * The listing's terms are built on first read: a ranking that bounds the text's points (see `topTechnologies`)
 * tokenises only the listings that can still reach the top.
 */
export function technologySubjectOf(technology: Technology): TechnologySubject {
  let terms: WeightedTerms | undefined;
  return {
    profile: {
      id: technology.id,
      status: technology.status,
      pollutants: technology.pollutants,
      intentByPollutant: Object.fromEntries(
        technology.intents.map((entry) => [entry.pollutant, entry.intent]),
      ),
      efficiencyByPollutant: Object.fromEntries(
        technology.removalEfficiency.map((entry) => [entry.pollutant, entry.percent]),
      ),
      verifiedEfficiency: verifiedEfficiencyOf(technology),
      verifiedClaims: (technology.verifiedClaims ?? []).length,
      outletGuarantees: Object.fromEntries(
        (technology.outletGuarantees ?? []).map((entry) => [entry.pollutant, entry.mgPerNm3]),
      ),
      prerequisites: technology.prerequisites ?? [],
      flowMinNm3h: technology.flowMinNm3h ?? null,
      flowMaxNm3h: technology.flowMaxNm3h ?? null,
      unitsPerInstallation: technology.unitsPerInstallation ?? null,
      capacityUnitKind: technology.capacityUnitKind ?? null,
      sectors: technology.sectors,
      trl: technology.trl,
      costMinUsd: technology.capitalCostMinUsd,
      costMaxUsd: technology.capitalCostMaxUsd,
      costBasis: technology.costBasis,
      supplyCountries: technology.supplyCountries,
      deploymentCountries: technology.deploymentCountries,
      referenceProjectCountries: technology.referenceProjects.map((project) => project.country),
    },
    get terms() {
      return (terms ??= technologyTermsOf(technology));
    },
    vendorOrganizationId: technology.vendorOrganizationId,
    title: technology.title,
  };
}

function technologyTermsOf(technology: Technology): WeightedTerms {
  return technologyTerms(
    {
      title: technology.title,
      summary: technology.summary,
      categoryLabel: technology.categories
        .concat(technology.category)
        .filter((id, i, all) => all.indexOf(id) === i)
        .map((id) => categoryById(id)?.label ?? '')
        .join(' '),
      description: technology.description,
    },
    MATCHING_VOCABULARY,
  );
}

/** Removal efficiencies expert review confirmed, with the issuer and year a reason names. */
function verifiedEfficiencyOf(technology: Technology): Record<string, VerifiedFigure> {
  const figures: Record<string, VerifiedFigure> = {};
  for (const claim of technology.verifiedClaims ?? []) {
    if (claim.kind !== 'removal-efficiency' || claim.pollutant === null || claim.value === null) continue;
    figures[claim.pollutant] = {
      percent: claim.value,
      issuer: claim.issuer,
      year: Number((claim.testedOn ?? claim.verifiedAt).slice(0, 4)),
    };
  }
  return figures;
}
