import type { en } from './en';
import { siAccount } from './si-account';
import { siAdmin } from './si-admin';
import { siConversation } from './si-conversation';
import { siEvents } from './si-events';
import { siEvidence } from './si-evidence';
import { siFiles } from './si-files';
import { siFindability } from './si-findability';
import { siInterest } from './si-interest';
import { siLibrary } from './si-library';
import { siLimits } from './si-limits';
import { siMeetings } from './si-meetings';
import { siProjects } from './si-projects';
import { siReviews } from './si-reviews';
import { siSavedNeeds } from './si-saved-needs';
import { siNeedTranslations } from './si-need-translations';
import { siVerification } from './si-verification';
import { siSite } from './si-site';
import { siWorkspace } from './si-workspace';

/** සිංහල UI strings; the type keeps the keys identical to en.ts. */
export const si: typeof en = {
  ...siSite,
  ...siWorkspace,
  ...siAccount,
  ...siConversation,
  ...siFiles,
  ...siInterest,
  ...siProjects,
  ...siAdmin,
  ...siEvents,
  ...siEvidence,
  ...siFindability,
  ...siLibrary,
  ...siLimits,
  ...siMeetings,
  ...siReviews,
  ...siVerification,
  ...siSavedNeeds,
  ...siNeedTranslations,
};
