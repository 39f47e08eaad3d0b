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

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: problem+json whose `errors` name each field and rule',
  401: 'No valid access token',
  403: 'The caller’s role does not allow this',
  404: 'No such match, need or listing, or not visible to the caller',
  409: 'Stale `version` (slug stale-version), a move the match’s state does not allow, or a pair already matched',
  422: 'The need is not open or the listing not published (`errors` name the field)',
  429: 'Too many requests from this person or organisation; `retryAfterSeconds` says when to try again',
};

/** Documents the RFC 9457 problem+json answers of a route. */
export const ProblemResponses = problemResponsesDocumenter(DESCRIPTIONS);
