import type { FieldError } from '@3ipet/common';
import type { Technology } from '../technology/technology.entity';
import { TRANSLATION_LANGUAGES } from '@3ipet/common';
import {
  CONTENT_COLUMNS,
  ContentColumn,
  LIST_SEPARATOR,
  PROJECT_FIELD_SEPARATOR,
  PROJECT_SEPARATOR,
} from './technology-csv-columns';

const LIST_COLUMNS = new Set<ContentColumn>([
  'categories',
  'pollutants',
  'sectors',
  'deployment_countries',
  'supply_countries',
  'certifications',
  'deal_types',
  'support_languages',
  'prerequisites',
]);
const NUMBER_COLUMNS = new Set<ContentColumn>([
  'trl',
  'capital_cost_min_usd',
  'capital_cost_max_usd',
  'flow_min_nm3h',
  'flow_max_nm3h',
  'units_per_installation',
]);
const COUNTRY_COLUMNS = new Set<ContentColumn>(['deployment_countries', 'supply_countries']);

const splitList = (cell: string) =>
  cell
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** A number where the cell holds one; otherwise the text, so validation names the field and rule. */
const numberOrText = (cell: string) => (/^-?\d+(\.\d+)?$/.test(cell.trim()) ? Number(cell.trim()) : cell);

export interface ParsedRow {
  plain: Record<string, unknown>;
  /** Languages of `plain.translations`, in order, to name columns in errors. */
  translationLanguages: string[];
  errors: FieldError[];
}

/** One CSV record → the API's input shape. Blank cells are absent fields. */
export function parseCsvRow(record: Record<string, string>): ParsedRow {
  const plain: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const [column, field] of Object.entries(CONTENT_COLUMNS) as [ContentColumn, string][]) {
    const cell = record[column];
    if (cell === undefined || cell.trim() === '') continue;
    if (column === 'removal_efficiency') plain[field] = parseEfficiencies(cell, errors);
    else if (column === 'outlet_guarantees') plain[field] = parseOutletGuarantees(cell, errors);
    else if (column === 'intents') plain[field] = parseIntents(cell, errors);
    else if (column === 'reference_projects') plain[field] = parseProjects(cell, errors);
    else if (LIST_COLUMNS.has(column)) {
      const items = splitList(cell);
      plain[field] = COUNTRY_COLUMNS.has(column) ? items.map((item) => item.toUpperCase()) : items;
    } else if (NUMBER_COLUMNS.has(column)) plain[field] = numberOrText(cell);
    else plain[field] = cell;
  }
  const translations = TRANSLATION_LANGUAGES.flatMap((language) => {
    const title = record[`title_${language}`]?.trim();
    const summary = record[`summary_${language}`]?.trim();
    if (!title && !summary) return [];
    return [{ language, ...(title ? { title } : {}), ...(summary ? { summary } : {}) }];
  });
  if (translations.length > 0) plain.translations = translations;
  return { plain, translationLanguages: translations.map((t) => t.language), errors };
}

/** `pm2.5=10; nox=50`: mg/Nm3 per pollutant (a trailing unit is allowed). */
function parseOutletGuarantees(cell: string, errors: FieldError[]): unknown[] {
  return splitList(cell).flatMap((item) => {
    const match = /^(.+?)\s*[=:]\s*(-?\d+(?:\.\d+)?)\s*(?:mg\/nm3)?$/i.exec(item);
    if (!match) {
      errors.push({
        field: 'outlet_guarantees',
        rule: 'format',
        message: `"${item}" is not "pollutant=mg/Nm3"`,
      });
      return [];
    }
    return [{ pollutant: match[1].trim(), mgPerNm3: Number(match[2]) }];
  });
}

/** Malformed items are reported here and left out, so validation does not report them twice. */
function parseEfficiencies(cell: string, errors: FieldError[]): unknown[] {
  return splitList(cell).flatMap((item) => {
    const match = /^(.+?)\s*[=:]\s*(-?\d+(?:\.\d+)?)\s*%?$/.exec(item);
    if (!match) {
      errors.push({
        field: 'removal_efficiency',
        rule: 'format',
        message: `"${item}" is not "pollutant=percent"`,
      });
      return [];
    }
    return [{ pollutant: match[1].trim(), percent: Number(match[2]) }];
  });
}

/** `pm2.5=measures; pm10=measures`: what the listing does to each pollutant. */
function parseIntents(cell: string, errors: FieldError[]): unknown[] {
  return splitList(cell).flatMap((item) => {
    const match = /^(.+?)\s*[=:]\s*([a-z]+)$/.exec(item);
    if (!match) {
      errors.push({ field: 'intents', rule: 'format', message: `"${item}" is not "pollutant=intent"` });
      return [];
    }
    return [{ pollutant: match[1].trim(), intent: match[2] }];
  });
}

function parseProjects(cell: string, errors: FieldError[]): unknown[] {
  return cell
    .split(PROJECT_SEPARATOR)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .flatMap((line) => {
      const parts = line.split(PROJECT_FIELD_SEPARATOR).map((part) => part.trim());
      if (parts.length !== 4) {
        errors.push({
          field: 'reference_projects',
          rule: 'format',
          message: `"${line.slice(0, 80)}" is not "place | country | year | result"`,
        });
        return [];
      }
      const [place, country, year, result] = parts;
      return [{ place, country: country.toUpperCase(), year: numberOrText(year), result }];
    });
}

/** A listing → one CSV record (the inverse of `parseCsvRow`, plus the export-only columns). */
export function toCsvRecord(technology: Technology): Record<string, string> {
  const record: Record<string, string> = {
    id: technology.id,
    status: technology.status,
    version: String(technology.version),
    published_at: technology.publishedAt?.toISOString() ?? '',
    expires_at: technology.expiresAt?.toISOString() ?? '',
  };
  for (const [column, field] of Object.entries(CONTENT_COLUMNS) as [ContentColumn, keyof Technology][]) {
    const value = technology[field];
    if (column === 'removal_efficiency') {
      record[column] = technology.removalEfficiency.map((e) => `${e.pollutant}=${e.percent}`).join('; ');
    } else if (column === 'outlet_guarantees') {
      record[column] = technology.outletGuarantees.map((e) => `${e.pollutant}=${e.mgPerNm3}`).join('; ');
    } else if (column === 'intents') {
      record[column] = technology.intents.map((e) => `${e.pollutant}=${e.intent}`).join('; ');
    } else if (column === 'reference_projects') {
      record[column] = technology.referenceProjects
        .map((p) => [p.place, p.country, p.year, p.result].join(` ${PROJECT_FIELD_SEPARATOR} `))
        .join(PROJECT_SEPARATOR);
    } else if (Array.isArray(value)) record[column] = value.join('; ');
    else record[column] = value === null || value === undefined ? '' : String(value);
  }
  for (const translation of technology.translations) {
    record[`title_${translation.language}`] = translation.title ?? '';
    record[`summary_${translation.language}`] = translation.summary ?? '';
  }
  return record;
}
