import { problemResponsesDocumenter } from '@3ipet/common';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: problem+json whose `errors` name each field and rule',
  401: 'No valid access token',
  403: 'The caller’s role or side does not allow this (e.g. confirming one’s own proposal)',
  404: 'No such project (or not one of the caller’s), move or result',
  409: 'A move the project’s stage does not allow (invalid-transition), a move no longer pending (move-not-pending), a stale version, or no result yet (results-missing)',
  422: 'A result that cannot be computed: a baseline of 0 or units that do not match (`errors` name the field)',
};

/** Documents the RFC 9457 problem+json answers of a route. */
export const ProblemResponses = problemResponsesDocumenter(DESCRIPTIONS);
