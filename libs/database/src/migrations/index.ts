import { Outbox1764400000000 } from './1764400000000-outbox';
import { Identity1764500000000 } from './1764500000000-identity';
import { TechnologyCatalog1764600000000 } from './1764600000000-technology-catalog';
import { Needs1764700000000 } from './1764700000000-needs';
import { Notifications1764710000000 } from './1764710000000-notifications';
import { Events1764720000000 } from './1764720000000-events';
import { Matching1764800000000 } from './1764800000000-matching';
import { NotificationDelivery1764900000000 } from './1764900000000-notification-delivery';
import { DeliveryOrganizationKey1765000000000 } from './1765000000000-delivery-organization-key';
import { MatchNoticeTitles1765100000000 } from './1765100000000-match-notice-titles';
import { OutboxJobKey1765200000000 } from './1765200000000-outbox-job-key';
import { RecomputeRuns1765300000000 } from './1765300000000-recompute-runs';
import { MatchingIntent1765400000000 } from './1765400000000-matching-intent';
import { MatchInterest1765410000000 } from './1765410000000-match-interest';
import { Conversations1765420000000 } from './1765420000000-conversations';
import { Projects1765430000000 } from './1765430000000-projects';
import { Files1765450000000 } from './1765450000000-files';
import { AccountBasics1765460000000 } from './1765460000000-account-basics';
import { OutletLimits1765500000000 } from './1765500000000-outlet-limits';
import { TechnologyClaims1765510000000 } from './1765510000000-technology-claims';
import { TechnologyVerifiedClaims1765510000001 } from './1765510000001-technology-verified-claims';
import { Reviews1765520000000 } from './1765520000000-reviews';
import { EventPages1765530000000 } from './1765530000000-event-pages';
import { Meetings1765540000000 } from './1765540000000-meetings';
import { Library1765550000000 } from './1765550000000-library';
import { SiteConditions1765570000000 } from './1765570000000-site-conditions';
import { OrganizationVerification1765580000000 } from './1765580000000-organization-verification';
import { SavedNeedSearches1765580000001 } from './1765580000001-saved-need-searches';
import { NeedTranslations1765590000000 } from './1765590000000-need-translations';

/** Every migration, oldest first. Add new ones at the end (file name: <unix ms>-<what>.ts). */
export const ALL_MIGRATIONS = [
  Outbox1764400000000,
  Identity1764500000000,
  TechnologyCatalog1764600000000,
  Needs1764700000000,
  Notifications1764710000000,
  Events1764720000000,
  Matching1764800000000,
  NotificationDelivery1764900000000,
  DeliveryOrganizationKey1765000000000,
  MatchNoticeTitles1765100000000,
  OutboxJobKey1765200000000,
  RecomputeRuns1765300000000,
  MatchingIntent1765400000000,
  MatchInterest1765410000000,
  Conversations1765420000000,
  Projects1765430000000,
  Files1765450000000,
  AccountBasics1765460000000,
  OutletLimits1765500000000,
  TechnologyClaims1765510000000,
  TechnologyVerifiedClaims1765510000001,
  Reviews1765520000000,
  EventPages1765530000000,
  Meetings1765540000000,
  Library1765550000000,
  SiteConditions1765570000000,
  OrganizationVerification1765580000000,
  SavedNeedSearches1765580000001,
  NeedTranslations1765590000000,
];
