import { queryOptions, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { taxonomyApi } from '../api/endpoints';
import type { Taxonomy } from '../api/types';
import { localeOf, uiLanguageOf, type UiLanguage } from '../i18n';
import { taxonomyWords } from './taxonomy-words';

/** The taxonomy every page labels with: asked for once, as the app starts (main.tsx), and kept. */
export const taxonomyQuery = queryOptions({
  queryKey: ['taxonomy'],
  queryFn: taxonomyApi.get,
  staleTime: Infinity,
  gcTime: Infinity,
});

export function useTaxonomy() {
  return useQuery(taxonomyQuery);
}

export interface Labels {
  pollutant(id: string): string;
  sector(id: string): string;
  category(id: string): string;
  categoryGroup(id: string): string;
  dealType(id: string): string;
  country(code: string): string;
  language(tag: string): string;
  trl(level: number): string;
}

/** Taxonomy ids → words in the UI language (the API's labels, `labelZh`, our own tables, or the browser's names). */
export function buildLabels(taxonomy: Taxonomy | undefined, language: UiLanguage): Labels {
  const zh = language === 'zh';
  const words = taxonomyWords(language);
  const byId = <T extends { id: string }>(items: readonly T[] | undefined) =>
    new Map((items ?? []).map((i) => [i.id, i]));
  const pollutants = byId(taxonomy?.pollutants);
  const sectors = byId(taxonomy?.sectors.flatMap((s) => [s, ...s.subSectors]));
  const groups = byId(taxonomy?.categoryGroups);
  const categories = byId(taxonomy?.categoryGroups.flatMap((g) => g.categories));
  const dealTypes = byId(taxonomy?.dealTypes);
  const countries = byId(taxonomy?.countries);
  const languages = byId(taxonomy?.languages);
  // The formatting locale: where the browser has no names in the language, those of its fallback (Hindi for Nepali).
  const intlLocale = localeOf(language);
  const regionNames = safeDisplayNames(intlLocale, 'region');
  const languageNames = safeDisplayNames(intlLocale, 'language');
  const pick = (
    item: { label: string; labelZh?: string } | undefined,
    ownWord: string | undefined,
    id: string,
  ) => ownWord ?? (zh ? item?.labelZh : undefined) ?? item?.label ?? id;

  return {
    pollutant: (id) => pick(pollutants.get(id), words?.pollutants?.[id], id),
    sector: (id) => pick(sectors.get(id), words?.sectors[id], id),
    category: (id) => pick(categories.get(id), words?.categories?.[id], id),
    categoryGroup: (id) => pick(groups.get(id), words?.categoryGroups[id], id),
    dealType: (id) => pick(dealTypes.get(id), words?.dealTypes[id], id),
    country: (code) => ofDisplayNames(regionNames, code) ?? countries.get(code)?.name ?? code,
    language: (tag) => ofDisplayNames(languageNames, tag) ?? languages.get(tag)?.label ?? tag,
    trl: (level) =>
      words?.trl[level] ?? taxonomy?.trl.find((t) => t.level === level)?.definition ?? String(level),
  };
}

export function useLabels(): Labels {
  // Words replace ids in the background when the taxonomy arrives, not in one task across every component.
  const data = useDeferredValue(useTaxonomy().data);
  const { i18n } = useTranslation();
  const language: UiLanguage = uiLanguageOf(i18n.language) ?? 'en';
  return useMemo(() => buildLabels(data, language), [data, language]);
}

export function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return uiLanguageOf(i18n.language) ?? 'en';
}

/** One per locale and type for the whole app: every component's labels share it (each costs milliseconds to make). */
const displayNamesCache = new Map<string, Intl.DisplayNames | undefined>();

function safeDisplayNames(locale: string, type: 'region' | 'language'): Intl.DisplayNames | undefined {
  const key = `${locale} ${type}`;
  if (!displayNamesCache.has(key)) displayNamesCache.set(key, makeDisplayNames(locale, type));
  return displayNamesCache.get(key);
}

function makeDisplayNames(locale: string, type: 'region' | 'language'): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([locale], { type, fallback: 'none' });
  } catch {
    return undefined; // a browser without Intl.DisplayNames: the API's names are used instead
  }
}

/** The browser's name for a code; undefined when it has none (some answer with the code itself). */
function ofDisplayNames(names: Intl.DisplayNames | undefined, code: string): string | undefined {
  try {
    const name = names?.of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? name : undefined;
  } catch {
    return undefined; // not a well-formed code
  }
}
