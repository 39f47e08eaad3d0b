import type { FieldRule } from '../api/form-rule';
import { FORM_RULES } from '../api/form-rules';
import type { FormErrors } from '../api/problem';

/** One broken rule at an API path (`title`, `referenceProjects.0.year`), with the limit it names. */
export interface ClientViolation {
  field: string;
  rule: string;
  limit?: number | string;
}

/**
 * Plausibility on top of what the API publishes: values it accepts but that are almost certainly mistakes
 * (a two-letter title, a reference project finished next year).
 */
const PLAUSIBLE: Record<string, Record<string, FieldRule & { maximumYear?: 'current' }>> = {
  TechnologyInput: { title: { minLength: 5 } },
  NeedInput: { title: { minLength: 5 } },
  ReferenceProjectInput: { year: { maximumYear: 'current' } },
};

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * Checks a request body against the rules the API publishes for its schema (and the plausibility rules above),
 * descending into nested objects and lists. At most one violation per field, the most basic first.
 */
export function validateAgainstSchema(
  schemaName: string,
  body: unknown,
  now: Date = new Date(),
  prefix = '',
): ClientViolation[] {
  const rules = FORM_RULES[schemaName] ?? {};
  const extra = PLAUSIBLE[schemaName] ?? {};
  const values = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const violations: ClientViolation[] = [];
  for (const field of new Set([...Object.keys(rules), ...Object.keys(extra)])) {
    const rule = { ...rules[field], ...extra[field] };
    const path = `${prefix}${field}`;
    const value = values[field];
    const found = firstViolation(rule, value, now);
    if (found) {
      violations.push({ field: path, ...found });
      continue;
    }
    if (!rule.schema || value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      value.forEach((item, index) =>
        violations.push(...validateAgainstSchema(rule.schema!, item, now, `${path}.${index}.`)),
      );
    } else {
      violations.push(...validateAgainstSchema(rule.schema, value, now, `${path}.`));
    }
  }
  return violations;
}

function firstViolation(
  rule: FieldRule & { maximumYear?: 'current' },
  value: unknown,
  now: Date,
): Omit<ClientViolation, 'field'> | undefined {
  if (isBlank(value) || (Array.isArray(value) && value.length === 0)) {
    if (!rule.required) return undefined;
    return Array.isArray(value) ? { rule: 'arrayNotEmpty' } : { rule: 'notBlank' };
  }
  if (typeof value === 'string') {
    const length = [...value.trim()].length;
    if (rule.minLength !== undefined && length < rule.minLength)
      return rule.minLength <= 1 ? { rule: 'notBlank' } : { rule: 'minLength', limit: rule.minLength };
    if (rule.maxLength !== undefined && length > rule.maxLength)
      return { rule: 'maxLength', limit: rule.maxLength };
    if (rule.format === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()))
      return { rule: 'isEmail' };
    if (rule.format === 'uri' && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value.trim()))
      return { rule: 'isUrl' };
    if (rule.pattern !== undefined && !new RegExp(rule.pattern, 'u').test(value)) return { rule: 'matches' };
  }
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { rule: 'isNumber' };
    if (rule.minimum !== undefined && value < rule.minimum) return { rule: 'min', limit: rule.minimum };
    if (rule.maximumYear === 'current' && value > now.getFullYear())
      return { rule: 'yearNotFuture', limit: now.getFullYear() };
    if (rule.maximum !== undefined && value > rule.maximum) return { rule: 'max', limit: rule.maximum };
  }
  if (Array.isArray(value)) {
    if (rule.minItems !== undefined && value.length < rule.minItems)
      return { rule: 'arrayMinSize', limit: rule.minItems };
    if (rule.maxItems !== undefined && value.length > rule.maxItems)
      return { rule: 'arrayMaxSize', limit: rule.maxItems };
  }
  return undefined;
}

/** Thrown before a request the browser already knows the API would refuse; forms show it like the API's. */
export class ClientValidationError extends Error {
  constructor(readonly violations: ClientViolation[]) {
    super(`${violations.length} field(s) need correcting`);
    this.name = 'ClientValidationError';
  }
}

/** Throws ClientValidationError when `body` breaks a rule of `schemaName`. */
export function assertValid(schemaName: string, body: unknown): void {
  const violations = validateAgainstSchema(schemaName, body);
  if (violations.length > 0) throw new ClientValidationError(violations);
}

/** Violations placed on the form's fields (`fieldOf` renames API paths; undefined: not on this form). */
export function clientFormErrors(
  violations: ClientViolation[],
  text: (violation: ClientViolation) => string,
  fieldOf: (apiPath: string) => string | undefined = (path) => path,
): FormErrors {
  const fields: Record<string, string[]> = {};
  const general: string[] = [];
  for (const violation of violations) {
    const path = fieldOf(violation.field);
    const message = text(violation);
    if (path === undefined) {
      if (!general.includes(message)) general.push(message);
    } else if (!fields[path]) {
      fields[path] = [message];
    }
  }
  return { fields, general };
}

/** A web address as people type it ("example.com") made into one the API takes ("https://example.com"). */
export function withScheme(website: string): string {
  const trimmed = website.trim();
  if (trimmed === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return trimmed;
  return `https://${trimmed.replace(/^\/+/, '')}`;
}
