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
];
