import type { NeedInput, NeedView } from '../../api/types';

export interface NeedForm {
  title: string;
  description: string;
  pollutants: string[];
  sectors: string[];
  country: string;
  city: string;
  budgetMinUsd: string;
  budgetMaxUsd: string;
  minTrl: string;
  dealTypes: string[];
  deadline: string;
  languages: string[];
}

export function emptyNeedForm(country = '', city = ''): NeedForm {
  return {
    title: '',
    description: '',
    pollutants: [],
    sectors: [],
    country,
    city,
    budgetMinUsd: '',
    budgetMaxUsd: '',
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
    pollutants: [...need.pollutants],
    sectors: [...need.sectors],
    country: need.country,
    city: need.city,
    budgetMinUsd: need.budgetMinUsd?.toString() ?? '',
    budgetMaxUsd: need.budgetMaxUsd?.toString() ?? '',
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
    pollutants: form.pollutants,
    sectors: form.sectors,
    country: form.country,
    city: form.city.trim(),
    budgetMinUsd: optional(form.budgetMinUsd),
    budgetMaxUsd: optional(form.budgetMaxUsd),
    minTrl: optional(form.minTrl),
    dealTypes: form.dealTypes,
    deadline: form.deadline,
    languages: form.languages,
  };
}
