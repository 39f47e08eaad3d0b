import type { en } from './en';
import { zhAccount } from './zh-account';
import { zhAdmin } from './zh-admin';
import { zhConversation } from './zh-conversation';
import { zhEvents } from './zh-events';
import { zhEvidence } from './zh-evidence';
import { zhFiles } from './zh-files';
import { zhFindability } from './zh-findability';
import { zhInterest } from './zh-interest';
import { zhLibrary } from './zh-library';
import { zhLimits } from './zh-limits';
import { zhMeetings } from './zh-meetings';
import { zhProjects } from './zh-projects';
import { zhReviews } from './zh-reviews';
import { zhSavedNeeds } from './zh-saved-needs';
import { zhNeedTranslations } from './zh-need-translations';
import { zhVerification } from './zh-verification';
import { zhSite } from './zh-site';
import { zhWorkspace } from './zh-workspace';

/** 简体中文 UI strings; the type keeps the keys identical to en.ts. */
export const zh: typeof en = {
  ...zhSite,
  ...zhWorkspace,
  ...zhAccount,
  ...zhConversation,
  ...zhFiles,
  ...zhInterest,
  ...zhProjects,
  ...zhAdmin,
  ...zhEvents,
  ...zhEvidence,
  ...zhFindability,
  ...zhLibrary,
  ...zhLimits,
  ...zhMeetings,
  ...zhReviews,
  ...zhVerification,
  ...zhSavedNeeds,
  ...zhNeedTranslations,
};
