import { problemResponsesDocumenter } from '@3ipet/common';

const MEANING: Record<number, string> = {
  400: 'Invalid input; `errors` names each field and rule',
  401: 'No valid access token (or wrong credentials)',
  403: 'Authenticated, but the role does not allow this',
  404: 'No such resource, or it belongs to another organisation',
  409: 'Conflicts with existing data (e.g. the email is taken)',
  422: 'Valid input that breaks a business rule',
  429: 'Too many attempts; see Retry-After',
};

/** Documents the problem+json answers a route can give. */
export const ProblemResponses = problemResponsesDocumenter(MEANING);
