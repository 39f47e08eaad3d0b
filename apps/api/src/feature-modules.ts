import { Type } from '@nestjs/common';
import { CatalogModule } from '@3ipet/catalog';
import { ConversationsModule } from '@3ipet/conversations';
import { EventsModule } from '@3ipet/events';
import { FilesModule } from '@3ipet/files';
import { IdentityModule } from '@3ipet/identity';
import { LibraryModule } from '@3ipet/library';
import { MatchingModule } from '@3ipet/matching';
import { MeetingsModule } from '@3ipet/meetings';
import { NeedsModule } from '@3ipet/needs';
import { NotificationsModule } from '@3ipet/notifications';
import { ProjectsModule } from '@3ipet/projects';
import { ReviewsModule } from '@3ipet/reviews';

/** Every bounded context served by the api, in the order their routes appear in the API document. */
export const FEATURE_MODULES: Type[] = [
  IdentityModule,
  CatalogModule,
  FilesModule,
  NeedsModule,
  EventsModule,
  LibraryModule,
  MeetingsModule,
  NotificationsModule,
  MatchingModule,
  ConversationsModule,
  ProjectsModule,
  ReviewsModule,
];
