import type { LanguageId, NeedInput, NeedView, NeedWants, UnitKind } from '../../api/types';

/** One translation row of the editor; a blank description is left out when sent. */
export interface NeedFormTranslation {
  language: string;
  title: string;
  description: string;
}

export interface NeedForm {
  title: string;
  description: string;
  translations: NeedFormTranslation[];
  /** '' leaves it to the API, which reads it from the title and description. */
  wants: string;
  pollutants: string[];
  sectors: string[];
  country: string;
  city: string;
  budgetMinUsd: string;
  budgetMaxUsd: string;
  unitCount: string;
  unitKind: string;
  areaName: string;
  areaPopulation: string;
  areaKm2: string;
  /** Pollutant → outlet limit (mg/Nm3); absent or '' states none. */
  outletLimits: Record<string, string>;
  fuels: string[];
  /** '' not stated, 'yes' or 'no'. */
  gridPower: string;
  waterSupply: string;
  flowNm3h: string;
  minTrl: string;
  dealTypes: string[];
  deadline: string;
  languages: string[];
}

export function emptyNeedForm(country = '', city = ''): NeedForm {
  return {
    title: '',
    description: '',
    translations: [],
    wants: '',
    pollutants: [],
    sectors: [],
    country,
    city,
    budgetMinUsd: '',
    budgetMaxUsd: '',
    unitCount: '',
    unitKind: '',
    areaName: '',
    areaPopulation: '',
    areaKm2: '',
    outletLimits: {},
    fuels: [],
    gridPower: '',
    waterSupply: '',
    flowNm3h: '',
    minTrl: '',
    dealTypes: [],
    deadline: '',
    languages: ['en'],
  };
}

export function needFormFrom(need: NeedView): NeedForm {
  return {
    title: need.title,
    description: need.description,
    translations: need.translations.map((translation) => ({
      language: translation.language,
      title: translation.title,
      description: translation.description ?? '',
    })),
    wants: need.wants,
    pollutants: [...need.pollutants],
    sectors: [...need.sectors],
    country: need.country,
    city: need.city,
    budgetMinUsd: need.budgetMinUsd?.toString() ?? '',
    budgetMaxUsd: need.budgetMaxUsd?.toString() ?? '',
    unitCount: need.unitCount?.toString() ?? '',
    unitKind: need.unitKind ?? '',
    areaName: need.areaName ?? '',
    areaPopulation: need.areaPopulation?.toString() ?? '',
    areaKm2: need.areaKm2?.toString() ?? '',
    outletLimits: Object.fromEntries(need.outletLimits.map((l) => [l.pollutant, String(l.mgPerNm3)])),
    fuels: [...need.fuels],
    gridPower: yesNo(need.gridPower),
    waterSupply: yesNo(need.waterSupply),
    flowNm3h: need.flowNm3h?.toString() ?? '',
    minTrl: need.minTrl?.toString() ?? '',
    dealTypes: [...need.dealTypes],
    deadline: need.deadline.slice(0, 10),
    languages: [...need.languages],
  };
}

/** Blank numbers are sent as null: on an edit that clears them. */
export function needInputFrom(form: NeedForm): NeedInput {
  const optional = (text: string) => (text.trim() === '' ? null : Number(text));
  return {
    title: form.title.trim(),
    description: form.description.trim(),
    // Every row is sent, so an error names the row it is about (`translations.1.title`).
    translations: form.translations.map((translation) => ({
      language: translation.language as LanguageId,
      title: translation.title.trim(),
      ...(translation.description.trim() === '' ? {} : { description: translation.description.trim() }),
    })),
    ...(form.wants === '' ? {} : { wants: form.wants as NeedWants }),
    pollutants: form.pollutants,
    sectors: form.sectors,
    country: form.country,
    city: form.city.trim(),
    budgetMinUsd: optional(form.budgetMinUsd),
    budgetMaxUsd: optional(form.budgetMaxUsd),
    unitCount: optional(form.unitCount),
    unitKind: form.unitKind === '' ? null : (form.unitKind as UnitKind),
    areaName: form.areaName.trim() === '' ? null : form.areaName.trim(),
    areaPopulation: optional(form.areaPopulation),
    areaKm2: optional(form.areaKm2),
    // Only the pollutants still ticked; a blank figure states no limit.
    outletLimits: form.pollutants
      .filter((pollutant) => (form.outletLimits[pollutant] ?? '').trim() !== '')
      .map((pollutant) => ({ pollutant, mgPerNm3: Number(form.outletLimits[pollutant]) })),
    fuels: form.fuels,
    gridPower: fromYesNo(form.gridPower),
    waterSupply: fromYesNo(form.waterSupply),
    flowNm3h: optional(form.flowNm3h),
    minTrl: optional(form.minTrl),
    dealTypes: form.dealTypes,
    deadline: form.deadline,
    languages: form.languages,
  };
}

const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no');
const fromYesNo = (value: string) => (value === '' ? null : value === 'yes');
