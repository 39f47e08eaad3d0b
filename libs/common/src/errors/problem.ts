import { HttpException } from '@nestjs/common';

export interface FieldError {
  /** Dotted path of the offending field, e.g. `translations.0.title`. */
  field: string;
  /** The rule that failed, e.g. `isEmail`, `maxLength`, `whitelistValidation`. */
  rule: string;
  message: string;
}

/** RFC 9457 problem details body. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const TYPE_BASE = 'https://3ipet.org/problems/';

/** An error that leaves the API as a problem+json response with its own status. */
export class Problem extends HttpException {
  constructor(
    status: number,
    readonly slug: string,
    title: string,
    detail?: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail ?? title, status);
    this.title = title;
    this.detail = detail;
  }
  readonly title: string;
  readonly detail?: string;

  toBody(instance?: string): ProblemBody {
    return {
      type: `${TYPE_BASE}${this.slug}`,
      title: this.title,
      status: this.getStatus(),
      ...(this.detail ? { detail: this.detail } : {}),
      ...(instance ? { instance } : {}),
      ...this.extensions,
    };
  }
}

export class ValidationProblem extends Problem {
  constructor(
    readonly errors: FieldError[],
    detail = 'The request has invalid fields.',
  ) {
    super(400, 'validation', 'Validation failed', detail, { errors });
  }
}

export class NotFoundProblem extends Problem {
  constructor(what = 'Resource') {
    super(404, 'not-found', 'Not found', `${what} not found.`);
  }
}

export class ConflictProblem extends Problem {
  constructor(detail: string, slug = 'conflict', extensions: Record<string, unknown> = {}) {
    super(409, slug, 'Conflict', detail, extensions);
  }
}

export class StaleVersionProblem extends ConflictProblem {
  constructor(currentVersion?: number) {
    super(
      'The resource was changed by someone else; reload it and try again.',
      'stale-version',
      currentVersion === undefined ? {} : { currentVersion },
    );
  }
}

export class ForbiddenProblem extends Problem {
  constructor(detail = 'You are not allowed to do this.') {
    super(403, 'forbidden', 'Forbidden', detail);
  }
}

export class UnauthorizedProblem extends Problem {
  constructor(detail = 'Authentication is required.') {
    super(401, 'unauthorized', 'Unauthorized', detail);
  }
}

export class UnprocessableProblem extends Problem {
  constructor(detail: string, slug = 'unprocessable', extensions: Record<string, unknown> = {}) {
    super(422, slug, 'Unprocessable request', detail, extensions);
  }
}
