import { Technology, categoryById } from '@3ipet/catalog';
import type { Need } from '@3ipet/needs';
import type { NeedProfile, TechnologyProfile } from '../scoring/profiles';
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
      sectors: need.sectors,
      country: need.country,
      budgetMinUsd: need.budgetMinUsd,
      budgetMaxUsd: need.budgetMaxUsd,
      minTrl: need.minTrl,
    },
    terms: needTerms(need, MATCHING_VOCABULARY),
    status: need.status,
    organizationId: need.organizationId,
    title: need.title,
  };
}

export function technologySubjectOf(technology: Technology): TechnologySubject {
  return {
    profile: {
      id: technology.id,
      status: technology.status,
      pollutants: technology.pollutants,
      efficiencyByPollutant: Object.fromEntries(
        technology.removalEfficiency.map((entry) => [entry.pollutant, entry.percent]),
      ),
      sectors: technology.sectors,
      trl: technology.trl,
      costMinUsd: technology.capitalCostMinUsd,
      costMaxUsd: technology.capitalCostMaxUsd,
      supplyCountries: technology.supplyCountries,
      deploymentCountries: technology.deploymentCountries,
      referenceProjectCountries: technology.referenceProjects.map((project) => project.country),
    },
    terms: technologyTerms(
      {
        title: technology.title,
        summary: technology.summary,
        categoryLabel: categoryById(technology.category)?.label ?? '',
        description: technology.description,
      },
      MATCHING_VOCABULARY,
    ),
    vendorOrganizationId: technology.vendorOrganizationId,
    title: technology.title,
  };
}
