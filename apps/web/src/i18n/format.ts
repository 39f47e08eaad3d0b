import { localeOf, type UiLanguage } from './index';

const locale = (language: UiLanguage) => localeOf(language);

/** Formatters are made once per locale and options: making one costs far more than formatting with it. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(language: UiLanguage, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `date ${language} ${JSON.stringify(options)}`;
  if (!formatters.has(key)) formatters.set(key, new Intl.DateTimeFormat(locale(language), options));
  return formatters.get(key) as Intl.DateTimeFormat;
}
function numberFormat(language: UiLanguage, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `number ${language} ${JSON.stringify(options)}`;
  if (!formatters.has(key)) formatters.set(key, new Intl.NumberFormat(locale(language), options));
  return formatters.get(key) as Intl.NumberFormat;
}

export function formatDate(iso: string | null | undefined, language: UiLanguage, timeZone?: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return dateFormat(language, { dateStyle: 'medium', timeZone }).format(date);
}

export function formatDateTime(
  iso: string | null | undefined,
  language: UiLanguage,
  timeZone?: string,
): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return dateFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** Large amounts in short form ("US$3.5M", "US$350万"); `compact` forces one form, e.g. for both ends of a range. */
export function formatUsd(amount: number, language: UiLanguage, compact = amount >= 1_000_000): string {
  return numberFormat(language, {
    style: 'currency',
    currency: 'USD',
    notation: compact ? 'compact' : 'standard',
    maximumFractionDigits: compact ? 1 : 0,
  }).format(amount);
}

/** A cost range with both ends in one format (never "US$900,000 – US$350万"). */
export function formatUsdRange(
  min: number | null | undefined,
  max: number | null | undefined,
  language: UiLanguage,
): string | undefined {
  const has = (value: number | null | undefined): value is number => typeof value === 'number';
  const compact = Math.max(has(min) ? min : 0, has(max) ? max : 0) >= 1_000_000;
  const usd = (amount: number) => formatUsd(amount, language, compact);
  if (has(min) && has(max)) return min === max ? usd(min) : `${usd(min)} – ${usd(max)}`;
  if (has(min)) return `≥ ${usd(min)}`;
  if (has(max)) return `≤ ${usd(max)}`;
  return undefined;
}

export function formatNumber(value: number, language: UiLanguage): string {
  return numberFormat(language).format(value);
}
