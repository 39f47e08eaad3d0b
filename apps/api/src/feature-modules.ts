import { Type } from '@nestjs/common';
import { CatalogModule } from '@3ipet/catalog';
import { EventsModule } from '@3ipet/events';
import { IdentityModule } from '@3ipet/identity';
import { MatchingModule } from '@3ipet/matching';
import { NeedsModule } from '@3ipet/needs';
import { NotificationsModule } from '@3ipet/notifications';

/** Every bounded context served by the api, in the order their routes appear in the API document. */
export const FEATURE_MODULES: Type[] = [
  IdentityModule,
  CatalogModule,
  NeedsModule,
  EventsModule,
  NotificationsModule,
  MatchingModule,
];
