import type { UiLanguage } from './index';

const locale = (language: UiLanguage) => (language === 'zh' ? 'zh-CN' : 'en-GB');

export function formatDate(iso: string | null | undefined, language: UiLanguage, timeZone?: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeZone }).format(date);
}

export function formatDateTime(
  iso: string | null | undefined,
  language: UiLanguage,
  timeZone?: string,
): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(locale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);
}

export function formatUsd(amount: number, language: UiLanguage): string {
  return new Intl.NumberFormat(locale(language), {
    style: 'currency',
    currency: 'USD',
    notation: amount >= 1_000_000 ? 'compact' : 'standard',
    maximumFractionDigits: amount >= 1_000_000 ? 1 : 0,
  }).format(amount);
}

export function formatUsdRange(
  min: number | null | undefined,
  max: number | null | undefined,
  language: UiLanguage,
): string | undefined {
  const has = (value: number | null | undefined): value is number => typeof value === 'number';
  if (has(min) && has(max))
    return min === max
      ? formatUsd(min, language)
      : `${formatUsd(min, language)} – ${formatUsd(max, language)}`;
  if (has(min)) return `≥ ${formatUsd(min, language)}`;
  if (has(max)) return `≤ ${formatUsd(max, language)}`;
  return undefined;
}

export function formatNumber(value: number, language: UiLanguage): string {
  return new Intl.NumberFormat(locale(language)).format(value);
}
