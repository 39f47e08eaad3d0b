import type { en } from './en';
import { neAccount } from './ne-account';
import { neAdmin } from './ne-admin';
import { neConversation } from './ne-conversation';
import { neEvents } from './ne-events';
import { neEvidence } from './ne-evidence';
import { neFiles } from './ne-files';
import { neFindability } from './ne-findability';
import { neInterest } from './ne-interest';
import { neLibrary } from './ne-library';
import { neLimits } from './ne-limits';
import { neMeetings } from './ne-meetings';
import { neProjects } from './ne-projects';
import { neReviews } from './ne-reviews';
import { neSavedNeeds } from './ne-saved-needs';
import { neNeedTranslations } from './ne-need-translations';
import { neVerification } from './ne-verification';
import { neSite } from './ne-site';
import { neWorkspace } from './ne-workspace';

/** नेपाली UI strings; the type keeps the keys identical to en.ts. */
export const ne: typeof en = {
  ...neSite,
  ...neWorkspace,
  ...neAccount,
  ...neConversation,
  ...neFiles,
  ...neInterest,
  ...neProjects,
  ...neAdmin,
  ...neEvents,
  ...neEvidence,
  ...neFindability,
  ...neLibrary,
  ...neLimits,
  ...neMeetings,
  ...neReviews,
  ...neVerification,
  ...neSavedNeeds,
  ...neNeedTranslations,
};
