import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { taxonomyApi } from '../api/endpoints';
import type { Taxonomy } from '../api/types';
import type { UiLanguage } from '../i18n';
import {
  CATEGORY_GROUP_LABELS_ZH,
  DEAL_TYPE_LABELS_ZH,
  SECTOR_LABELS_ZH,
  TRL_DEFINITIONS_ZH,
} from './taxonomy-zh';

export function useTaxonomy() {
  return useQuery({
    queryKey: ['taxonomy'],
    queryFn: taxonomyApi.get,
    staleTime: Infinity,
    gcTime: Infinity,
  });
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

/** Taxonomy ids → words in the UI language (the API's labels, `labelZh`, or the browser's own names). */
export function buildLabels(taxonomy: Taxonomy | undefined, language: UiLanguage): Labels {
  const zh = language === 'zh';
  const byId = <T extends { id: string }>(items: readonly T[] | undefined) =>
    new Map((items ?? []).map((i) => [i.id, i]));
  const pollutants = byId(taxonomy?.pollutants);
  const sectors = byId(taxonomy?.sectors.flatMap((s) => [s, ...s.subSectors]));
  const groups = byId(taxonomy?.categoryGroups);
  const categories = byId(taxonomy?.categoryGroups.flatMap((g) => g.categories));
  const dealTypes = byId(taxonomy?.dealTypes);
  const countries = byId(taxonomy?.countries);
  const languages = byId(taxonomy?.languages);
  const intlLocale = zh ? 'zh-Hans' : 'en';
  const regionNames = safeDisplayNames(intlLocale, 'region');
  const languageNames = safeDisplayNames(intlLocale, 'language');
  const pick = (
    item: { label: string; labelZh?: string } | undefined,
    zhFallback: string | undefined,
    id: string,
  ) => (zh ? (item?.labelZh ?? zhFallback) : undefined) ?? item?.label ?? id;

  return {
    pollutant: (id) => pick(pollutants.get(id), undefined, id),
    sector: (id) => pick(sectors.get(id), SECTOR_LABELS_ZH[id], id),
    category: (id) => pick(categories.get(id), undefined, id),
    categoryGroup: (id) => pick(groups.get(id), CATEGORY_GROUP_LABELS_ZH[id], id),
    dealType: (id) => pick(dealTypes.get(id), DEAL_TYPE_LABELS_ZH[id], id),
    country: (code) => ofDisplayNames(regionNames, code) ?? countries.get(code)?.name ?? code,
    language: (tag) => ofDisplayNames(languageNames, tag) ?? languages.get(tag)?.label ?? tag,
    trl: (level) =>
      (zh ? TRL_DEFINITIONS_ZH[level] : undefined) ??
      taxonomy?.trl.find((t) => t.level === level)?.definition ??
      String(level),
  };
}

export function useLabels(): Labels {
  const { data } = useTaxonomy();
  const { i18n } = useTranslation();
  const language: UiLanguage = i18n.language === 'zh' ? 'zh' : 'en';
  return useMemo(() => buildLabels(data, language), [data, language]);
}

export function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return i18n.language === 'zh' ? 'zh' : 'en';
}

function safeDisplayNames(locale: string, type: 'region' | 'language'): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([locale], { type, fallback: 'none' });
  } catch {
    return undefined;
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
