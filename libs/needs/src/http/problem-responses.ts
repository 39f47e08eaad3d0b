import { problemResponsesDocumenter } from '@3ipet/common';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: problem+json whose `errors` name each field and rule',
  401: 'No valid access token',
  403: 'The caller’s role, organisation or its verification does not allow this',
  404: 'No such resource, or not visible to the caller',
  409: 'Stale `version` (slug stale-version) or a transition the state does not allow (slug invalid-transition)',
  422: 'A business rule refuses it (e.g. deadline-passed, saved-search-limit)',
  503: 'Search engine unavailable',
};

/** Documents the RFC 9457 problem+json answers of a route. */
export const ProblemResponses = problemResponsesDocumenter(DESCRIPTIONS);
