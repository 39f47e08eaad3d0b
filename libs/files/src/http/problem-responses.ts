import { problemResponsesDocumenter } from '@3ipet/common';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: problem+json whose `errors` name each field and rule (e.g. file.filename safeFileName)',
  401: 'No valid access token',
  403: 'The caller’s role does not allow this',
  404: 'No such file, or not readable by the caller',
  413: 'The file is larger than FILE_MAX_BYTES (rule maxBytes); nothing stored',
  415: 'The content is not PDF, PNG, JPEG or WebP, or the name’s extension contradicts it; nothing stored',
  422: 'Over FILE_QUOTA_BYTES_PER_ORGANIZATION (rule quotaPerOrganization) or an undecodable image; nothing stored',
};

export const ProblemResponses = problemResponsesDocumenter(DESCRIPTIONS);
