/**
 * English UI strings, in tables by use case. zh.ts must have the same keys (its type says so, and a unit
 * test checks the code uses no other).
 */
import { enAccount } from './en-account';
import { enAdmin } from './en-admin';
import { enConversation } from './en-conversation';
import { enEvents } from './en-events';
import { enEvidence } from './en-evidence';
import { enFiles } from './en-files';
import { enFindability } from './en-findability';
import { enInterest } from './en-interest';
import { enLibrary } from './en-library';
import { enLimits } from './en-limits';
import { enMeetings } from './en-meetings';
import { enProjects } from './en-projects';
import { enReviews } from './en-reviews';
import { enSavedNeeds } from './en-saved-needs';
import { enNeedTranslations } from './en-need-translations';
import { enVerification } from './en-verification';
import { enSite } from './en-site';
import { enWorkspace } from './en-workspace';

export const en = {
  ...enSite,
  ...enWorkspace,
  ...enAccount,
  ...enConversation,
  ...enFiles,
  ...enInterest,
  ...enProjects,
  ...enAdmin,
  ...enEvents,
  ...enEvidence,
  ...enFindability,
  ...enLibrary,
  ...enLimits,
  ...enMeetings,
  ...enReviews,
  ...enVerification,
  ...enSavedNeeds,
  ...enNeedTranslations,
};
