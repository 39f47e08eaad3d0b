/** RFC 9457 problem details as the API sends them, and how a form shows them. */

export interface FieldViolation {
  field: string;
  rule: string;
  message: string;
}

export interface ProblemDetails {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldViolation[];
  requestId?: string;
}

export class ApiError extends Error {
  constructor(readonly problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

export function isProblemDetails(body: unknown): body is ProblemDetails {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as ProblemDetails).status === 'number' &&
    typeof (body as ProblemDetails).title === 'string'
  );
}

/** Turns one violation into a sentence; the caller decides the language. */
export type ViolationText = (violation: FieldViolation) => string;

export interface FormErrors {
  /** Messages per form field path (`title`, `organization.name`, `referenceProjects.0.year`). */
  fields: Record<string, string[]>;
  /** What no field on the form can show: a problem without field errors, or errors on fields not rendered. */
  general: string[];
}

export const NO_FORM_ERRORS: FormErrors = { fields: {}, general: [] };

/**
 * Places each violation at the form field that shows it. `fieldOf` renames API paths to the form's own
 * (return undefined when no field shows it); messages are de-duplicated per field.
 */
export function formErrorsFrom(
  error: unknown,
  options: {
    text: ViolationText;
    fallback: string;
    /** The sentence for a problem without field errors (defaults to its detail). */
    problemText?: (problem: ProblemDetails) => string;
    shownFields?: (path: string) => boolean;
    fieldOf?: (apiPath: string) => string | undefined;
  },
): FormErrors {
  if (!isApiError(error)) return { fields: {}, general: [options.fallback] };
  const violations = error.problem.errors ?? [];
  if (violations.length === 0) {
    return {
      fields: {},
      general: [options.problemText?.(error.problem) ?? error.problem.detail ?? error.problem.title],
    };
  }
  const fields: Record<string, string[]> = {};
  const general: string[] = [];
  for (const violation of violations) {
    const path = options.fieldOf ? options.fieldOf(violation.field) : violation.field;
    const message = options.text(violation);
    if (path !== undefined && (options.shownFields?.(path) ?? true)) {
      // One message per field: several rules broken at once say the same thing to a person.
      fields[path] ??= [message];
    } else if (!general.includes(`${violation.field}: ${message}`)) {
      general.push(`${violation.field}: ${message}`);
    }
  }
  return { fields, general };
}

/** Errors at a path and below it (a group of inputs shows what its items got). */
export function errorsUnder(errors: FormErrors, path: string): string[] {
  return Object.entries(errors.fields)
    .filter(([field]) => field === path || field.startsWith(`${path}.`))
    .flatMap(([, messages]) => messages);
}

/** The first number in an API message ("must be longer than or equal to 8 characters" → 8), for translations. */
export function limitIn(message: string): string | undefined {
  return /(-?\d+(?:\.\d+)?)/.exec(message)?.[1];
}
