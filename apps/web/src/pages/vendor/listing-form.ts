import type {
  CostBasis,
  LanguageId,
  ListingIntent,
  TechnologyInput,
  TechnologyView,
  UnitKind,
} from '../../api/types';

/** The listing editor's state: what the inputs hold, as typed (numbers stay text until sent). */
export interface ListingForm {
  title: string;
  summary: string;
  description: string;
  translations: { language: string; title: string; summary: string }[];
  category: string;
  /** Categories besides the primary `category`. */
  categories: string[];
  pollutants: string[];
  removalEfficiency: Record<string, string>;
  /** Pollutant → guaranteed outlet concentration (mg/Nm3); absent or '' states none. */
  outletGuarantees?: Record<string, string>;
  /** Pollutant → intent; absent or '' takes the category's. */
  intents: Record<string, string>;
  sectors: string[];
  trl: string;
  capitalCostMinUsd: string;
  capitalCostMaxUsd: string;
  costBasis: string;
  operatingCostNote: string;
  /** Prerequisite ids: what it needs at the site. */
  prerequisites?: string[];
  flowMinNm3h?: string;
  flowMaxNm3h?: string;
  unitsPerInstallation?: string;
  capacityUnitKind?: string;
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
  categories: [],
  pollutants: [],
  removalEfficiency: {},
  outletGuarantees: {},
  intents: {},
  sectors: [],
  trl: '',
  capitalCostMinUsd: '',
  capitalCostMaxUsd: '',
  costBasis: '',
  operatingCostNote: '',
  prerequisites: [],
  flowMinNm3h: '',
  flowMaxNm3h: '',
  unitsPerInstallation: '',
  capacityUnitKind: '',
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
    categories: listing.categories.filter((category) => category !== listing.category),
    pollutants: [...listing.pollutants],
    intents: Object.fromEntries(listing.intents.map((e) => [e.pollutant, e.intent])),
    removalEfficiency: Object.fromEntries(
      listing.removalEfficiency.map((e) => [e.pollutant, String(e.percent)]),
    ),
    outletGuarantees: Object.fromEntries(
      (listing.outletGuarantees ?? []).map((e) => [e.pollutant, String(e.mgPerNm3)]),
    ),
    sectors: [...listing.sectors],
    trl: String(listing.trl),
    capitalCostMinUsd: listing.capitalCostMinUsd?.toString() ?? '',
    capitalCostMaxUsd: listing.capitalCostMaxUsd?.toString() ?? '',
    costBasis: listing.costBasis ?? '',
    operatingCostNote: listing.operatingCostNote ?? '',
    prerequisites: [...(listing.prerequisites ?? [])],
    flowMinNm3h: listing.flowMinNm3h?.toString() ?? '',
    flowMaxNm3h: listing.flowMaxNm3h?.toString() ?? '',
    unitsPerInstallation: listing.unitsPerInstallation?.toString() ?? '',
    capacityUnitKind: listing.capacityUnitKind ?? '',
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
  const intents = form.pollutants.filter((pollutant) => (form.intents[pollutant] ?? '') !== '');
  const outlets = form.pollutants.filter(
    (pollutant) => (form.outletGuarantees?.[pollutant] ?? '').trim() !== '',
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
    categories: form.categories,
    pollutants: form.pollutants,
    // The selects offer only the API's intents; it refuses any other with a 400.
    intents: intents.map((pollutant) => ({
      pollutant,
      intent: form.intents[pollutant] as ListingIntent,
    })),
    removalEfficiency: efficiencies.map((pollutant) => ({
      pollutant,
      percent: numberOrNaN(form.removalEfficiency[pollutant]),
    })),
    outletGuarantees: outlets.map((pollutant) => ({
      pollutant,
      mgPerNm3: numberOrNaN(form.outletGuarantees?.[pollutant]),
    })),
    sectors: form.sectors,
    trl: numberOrNaN(form.trl),
    capitalCostMinUsd: optionalNumber(form.capitalCostMinUsd),
    capitalCostMaxUsd: optionalNumber(form.capitalCostMaxUsd),
    costBasis: (form.costBasis || undefined) as CostBasis | undefined,
    operatingCostNote: form.operatingCostNote.trim() || undefined,
    prerequisites: form.prerequisites ?? [],
    // Blank sends null: on an edit that clears a capacity stated before.
    flowMinNm3h: nullableNumber(form.flowMinNm3h),
    flowMaxNm3h: nullableNumber(form.flowMaxNm3h),
    unitsPerInstallation: nullableNumber(form.unitsPerInstallation),
    capacityUnitKind: (form.capacityUnitKind || null) as UnitKind | null,
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
    if (list === 'intents' && intents[at]) return `intents.${intents[at]}`;
    if (list === 'outletGuarantees' && outlets[at]) return `outletGuarantees.${outlets[at]}`;
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
const nullableNumber = (text: string | undefined) =>
  text === undefined || text.trim() === '' ? null : Number(text);
