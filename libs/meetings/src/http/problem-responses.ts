import { problemResponsesDocumenter } from '@3ipet/common';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: problem+json whose `errors` name each field and rule',
  401: 'No valid access token',
  403: 'The caller’s role does not allow this, or its organisation is not registered for the event / not a side of the meeting',
  404: 'No such event, meeting booking or meeting',
  409:
    'Booking closed (booking-closed), limit reached (meeting-limit), already requested (meeting-exists), wrong status ' +
    '(meeting-status), no common free slot (no-common-slot, slot-unavailable), a concurrent booking took the slot ' +
    '(double-booking), organisation not registered (not-registered), grid in use (booking-in-use), not held yet (meeting-not-held)',
};

/** Documents the RFC 9457 problem+json answers of a route. */
export const ProblemResponses = problemResponsesDocumenter(DESCRIPTIONS);
