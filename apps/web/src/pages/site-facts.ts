import type { TFunction } from 'i18next';
import type { NeedView, TechnologyView } from '../api/types';

const number = (n: number, language: string) => n.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-US');

/** "10,000–40,000 Nm³/h of flue gas; 200 households per installation", or null when none is stated. */
export function capacityText(listing: TechnologyView, t: TFunction, language: string): string | null {
  const { flowMinNm3h: min, flowMaxNm3h: max } = listing;
  const flow =
    min !== null && max !== null
      ? t('limits.flowRange', { min: number(min, language), max: number(max, language) })
      : max !== null
        ? t('limits.flowUpTo', { max: number(max, language) })
        : min !== null
          ? t('limits.flowAtLeast', { min: number(min, language) })
          : null;
  const serves =
    listing.unitsPerInstallation !== null && listing.capacityUnitKind !== null
      ? t('limits.serves', {
          count: number(listing.unitsPerInstallation, language),
          kind: t(`needEditor.unitKinds.${listing.capacityUnitKind}`),
        })
      : null;
  return [flow, serves].filter(Boolean).join('; ') || null;
}

/** "Ludhiana district: 3,498,739 people, 3,767 km²" with whatever parts the need states, or null. */
export function areaText(need: NeedView, t: TFunction, language: string): string | null {
  if (need.areaName === null && need.areaPopulation === null && need.areaKm2 === null) return null;
  return t('limits.areaSummary', {
    name: need.areaName ?? '—',
    people: need.areaPopulation === null ? '—' : number(need.areaPopulation, language),
    km2: need.areaKm2 === null ? '—' : number(need.areaKm2, language),
  });
}

/** The site as the need states it: fuels, grid power, water, flow; one line each, only what is stated. */
export function siteLines(need: NeedView, t: TFunction, language: string): [string, string][] {
  const yesNo = (value: boolean) => t(value ? 'limits.yes' : 'limits.no');
  return [
    ...(need.fuels.length
      ? [
          [t('limits.fuels'), need.fuels.map((f) => t(`limits.fuelNames.${f}`)).join(', ')] as [
            string,
            string,
          ],
        ]
      : []),
    ...(need.gridPower !== null ? [[t('limits.gridPower'), yesNo(need.gridPower)] as [string, string]] : []),
    ...(need.waterSupply !== null
      ? [[t('limits.waterSupply'), yesNo(need.waterSupply)] as [string, string]]
      : []),
    ...(need.flowNm3h !== null
      ? [[t('limits.flow'), number(need.flowNm3h, language)] as [string, string]]
      : []),
  ];
}
