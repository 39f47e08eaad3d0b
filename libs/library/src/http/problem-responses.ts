import { problemResponsesDocumenter } from '@3ipet/common';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: problem+json whose `errors` name each field and rule',
  401: 'No valid access token',
  403: 'The caller’s role does not allow this (library authors only)',
  404: 'No such resource, or a draft the caller may not see',
  409: 'Stale `version` (slug stale-version)',
  503: 'The search engine is unavailable',
};

/** Documents the RFC 9457 problem+json answers of a route. */
export const ProblemResponses = problemResponsesDocumenter(DESCRIPTIONS);
