import { Param, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { ValidationProblem, problemResponsesDocumenter } from '@3ipet/common';

class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (isUUID(value)) return value;
    throw new ValidationProblem([
      { field: this.name, rule: 'isUuid', message: `${this.name} must be a UUID` },
    ]);
  }
}

/** A path parameter that must be a UUID; anything else answers 400 naming the parameter. */
export const UuidParam = (name = 'id') => Param(name, new UuidPipe(name));

export const IDEMPOTENCY_KEY_MAX_LENGTH = 200;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]+$/;

/** The optional `Idempotency-Key` header checked; a malformed one answers 400 naming it. */
export function idempotencyKeyOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.length > IDEMPOTENCY_KEY_MAX_LENGTH || !IDEMPOTENCY_KEY.test(value)) {
    throw new ValidationProblem([
      {
        field: 'Idempotency-Key',
        rule: 'idempotencyKey',
        message: `Idempotency-Key must be 1–${IDEMPOTENCY_KEY_MAX_LENGTH} visible ASCII characters`,
      },
    ]);
  }
  return value;
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: problem+json whose `errors` name each field and rule',
  401: 'No valid access token',
  403: 'The caller’s role does not allow this, or the message is not the caller’s',
  404: 'No such match or message, or not visible to the caller',
  409: 'The conversation is closed (the match was declined), or the Idempotency-Key was used on another match',
};

/** Documents the RFC 9457 problem+json answers of a route. */
export const ProblemResponses = problemResponsesDocumenter(DESCRIPTIONS);
