import { Module } from '@nestjs/common';
import { CatalogModule } from '@3ipet/catalog';
import { FilesModule } from '@3ipet/files';
import { IdentityModule } from '@3ipet/identity';
import { NotificationsModule } from '@3ipet/notifications';
import { QueueModule } from '@3ipet/queue';
import { AssignedFileGrant } from './access/assigned-file-grant';
import { ReviewAssignmentsService } from './assignments/review-assignments.service';
import { ReviewsService } from './assignments/reviews.service';
import { ExpertsService } from './experts/experts.service';
import { ExpertsController } from './http/experts.controller';
import { ReviewsController } from './http/reviews.controller';
import { ReviewNotices } from './notices/review-notices';
import { VerdictExpiry } from './verdicts/verdict-expiry';
import { VerdictExpiryJob } from './verdicts/verdict-expiry.job';
import { VerdictsService } from './verdicts/verdicts.service';

/** Expert review: the expert panel, assignments, reviews (scores and claim marks), verdicts and their expiry. */
@Module({
  imports: [
    IdentityModule,
    CatalogModule,
    FilesModule,
    NotificationsModule,
    QueueModule.registerJobs([VerdictExpiryJob]),
  ],
  controllers: [ExpertsController, ReviewsController],
  providers: [
    AssignedFileGrant,
    ExpertsService,
    ReviewNotices,
    ReviewAssignmentsService,
    ReviewsService,
    VerdictExpiry,
    VerdictsService,
  ],
})
export class ReviewsModule {}
