import { problemResponsesDocumenter } from '@3ipet/common';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: problem+json whose `errors` name each field and rule',
  401: 'No valid access token',
  403: 'The caller’s role or relation to the listing does not allow this',
  404: 'No such listing, or not visible to the caller',
  409: 'Stale `version` (slug stale-version) or a transition the listing’s state does not allow',
  413: 'Body too large, or a CSV file over CSV_IMPORT_MAX_ROWS rows (rule maxRows)',
  422: 'The import would take the organisation over CSV_IMPORT_MAX_DRAFTS_PER_ORGANIZATION drafts (rule maxDraftsPerOrganization)',
  503: 'Search engine unavailable',
};

/** Documents the RFC 9457 problem+json answers of a route. */
export const ProblemResponses = problemResponsesDocumenter(DESCRIPTIONS);
