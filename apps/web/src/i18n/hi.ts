import type { en } from './en';
import { hiAccount } from './hi-account';
import { hiAdmin } from './hi-admin';
import { hiConversation } from './hi-conversation';
import { hiEvents } from './hi-events';
import { hiEvidence } from './hi-evidence';
import { hiFiles } from './hi-files';
import { hiFindability } from './hi-findability';
import { hiInterest } from './hi-interest';
import { hiLibrary } from './hi-library';
import { hiLimits } from './hi-limits';
import { hiMeetings } from './hi-meetings';
import { hiProjects } from './hi-projects';
import { hiReviews } from './hi-reviews';
import { hiSavedNeeds } from './hi-saved-needs';
import { hiNeedTranslations } from './hi-need-translations';
import { hiVerification } from './hi-verification';
import { hiSite } from './hi-site';
import { hiWorkspace } from './hi-workspace';

/** हिन्दी UI strings; the type keeps the keys identical to en.ts. */
export const hi: typeof en = {
  ...hiSite,
  ...hiWorkspace,
  ...hiAccount,
  ...hiConversation,
  ...hiFiles,
  ...hiInterest,
  ...hiProjects,
  ...hiAdmin,
  ...hiEvents,
  ...hiEvidence,
  ...hiFindability,
  ...hiLibrary,
  ...hiLimits,
  ...hiMeetings,
  ...hiReviews,
  ...hiVerification,
  ...hiSavedNeeds,
  ...hiNeedTranslations,
};
