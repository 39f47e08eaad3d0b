import type { LanguageId, TechnologyInput, TechnologyView } from '../../api/types';

/** The listing editor's state: what the inputs hold, as typed (numbers stay text until sent). */
export interface ListingForm {
  title: string;
  summary: string;
  description: string;
  translations: { language: string; title: string; summary: string }[];
  category: string;
  pollutants: string[];
  removalEfficiency: Record<string, string>;
  sectors: string[];
  trl: string;
  capitalCostMinUsd: string;
  capitalCostMaxUsd: string;
  operatingCostNote: string;
  deploymentCountries: string[];
  supplyCountries: string[];
  referenceProjects: { place: string; country: string; year: string; result: string }[];
  certifications: string;
  dealTypes: string[];
  supportLanguages: string[];
}

export const EMPTY_LISTING_FORM: ListingForm = {
  title: '',
  summary: '',
  description: '',
  translations: [{ language: 'zh', title: '', summary: '' }],
  category: '',
  pollutants: [],
  removalEfficiency: {},
  sectors: [],
  trl: '',
  capitalCostMinUsd: '',
  capitalCostMaxUsd: '',
  operatingCostNote: '',
  deploymentCountries: [],
  supplyCountries: [],
  referenceProjects: [],
  certifications: '',
  dealTypes: [],
  supportLanguages: ['en', 'zh'],
};

export function listingFormFrom(listing: TechnologyView): ListingForm {
  return {
    title: listing.title,
    summary: listing.summary,
    description: listing.description,
    translations: listing.translations.map((t) => ({
      language: t.language,
      title: t.title ?? '',
      summary: t.summary ?? '',
    })),
    category: listing.category,
    pollutants: [...listing.pollutants],
    removalEfficiency: Object.fromEntries(
      listing.removalEfficiency.map((e) => [e.pollutant, String(e.percent)]),
    ),
    sectors: [...listing.sectors],
    trl: String(listing.trl),
    capitalCostMinUsd: listing.capitalCostMinUsd?.toString() ?? '',
    capitalCostMaxUsd: listing.capitalCostMaxUsd?.toString() ?? '',
    operatingCostNote: listing.operatingCostNote ?? '',
    deploymentCountries: [...listing.deploymentCountries],
    supplyCountries: [...listing.supplyCountries],
    referenceProjects: listing.referenceProjects.map((p) => ({ ...p, year: String(p.year) })),
    certifications: listing.certifications.join('\n'),
    dealTypes: [...listing.dealTypes],
    supportLanguages: [...listing.supportLanguages],
  };
}

/**
 * The API input for the form, and where each item of its lists came from, so an error on
 * `removalEfficiency.1.percent` can be shown beside the right pollutant.
 */
export function listingInputFrom(form: ListingForm): {
  input: TechnologyInput;
  fieldOf: (apiPath: string) => string;
} {
  const translations = form.translations
    .map((translation, index) => ({ translation, index }))
    .filter(({ translation }) => translation.title.trim() || translation.summary.trim());
  const efficiencies = form.pollutants.filter(
    (pollutant) => (form.removalEfficiency[pollutant] ?? '').trim() !== '',
  );
  const projects = form.referenceProjects
    .map((project, index) => ({ project, index }))
    .filter(({ project }) => Object.values(project).some((value) => value.trim() !== ''));

  const input: TechnologyInput = {
    title: form.title.trim(),
    summary: form.summary.trim(),
    description: form.description.trim(),
    translations: translations.map(({ translation }) => ({
      // The select offers only the taxonomy's languages; the API refuses any other with a 400.
      language: translation.language as LanguageId,
      title: translation.title.trim() || undefined,
      summary: translation.summary.trim() || undefined,
    })),
    category: form.category,
    pollutants: form.pollutants,
    removalEfficiency: efficiencies.map((pollutant) => ({
      pollutant,
      percent: numberOrNaN(form.removalEfficiency[pollutant]),
    })),
    sectors: form.sectors,
    trl: numberOrNaN(form.trl),
    capitalCostMinUsd: optionalNumber(form.capitalCostMinUsd),
    capitalCostMaxUsd: optionalNumber(form.capitalCostMaxUsd),
    operatingCostNote: form.operatingCostNote.trim() || undefined,
    deploymentCountries: form.deploymentCountries,
    supplyCountries: form.supplyCountries,
    referenceProjects: projects.map(({ project }) => ({
      place: project.place.trim(),
      country: project.country,
      year: numberOrNaN(project.year),
      result: project.result.trim(),
    })),
    certifications: form.certifications
      .split(/[\n,;]/)
      .map((c) => c.trim())
      .filter(Boolean),
    dealTypes: form.dealTypes,
    supportLanguages: form.supportLanguages,
  };

  const fieldOf = (apiPath: string): string => {
    const [list, position, ...rest] = apiPath.split('.');
    const at = Number(position);
    if (!Number.isInteger(at)) return apiPath;
    if (list === 'removalEfficiency' && efficiencies[at]) return `removalEfficiency.${efficiencies[at]}`;
    if (list === 'translations' && translations[at])
      return ['translations', translations[at].index, ...rest].join('.');
    if (list === 'referenceProjects' && projects[at])
      return ['referenceProjects', projects[at].index, ...rest].join('.');
    return apiPath;
  };
  return { input, fieldOf };
}

// Unparseable numbers go to the API as NaN → null in JSON, so the API names the field and its rule.
const numberOrNaN = (text: string | undefined) =>
  text === undefined || text.trim() === '' ? NaN : Number(text);
const optionalNumber = (text: string) => (text.trim() === '' ? undefined : Number(text));
