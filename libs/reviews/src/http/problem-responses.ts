import { problemResponsesDocumenter } from '@3ipet/common';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: problem+json whose `errors` name each field and rule',
  401: 'No valid access token',
  403: 'The caller’s role does not allow this',
  404: 'No such resource, or not assigned to (or visible to) the caller',
  409: 'A declared conflict of interest (slug conflict-of-interest), a review already submitted, a verdict already answered, or a taken e-mail',
  422: 'Valid input that breaks a rule (not an expert, a claim of another listing, a review not submitted)',
  429: 'Too many attempts; see Retry-After',
};

/** Documents the RFC 9457 problem+json answers of a route. */
export const ProblemResponses = problemResponsesDocumenter(DESCRIPTIONS);
