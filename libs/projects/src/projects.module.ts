import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@3ipet/identity';
import { MatchingModule } from '@3ipet/matching';
import { NeedsModule } from '@3ipet/needs';
import { NotificationsModule } from '@3ipet/notifications';
import { QueueModule } from '@3ipet/queue';
import { ImpactController } from './http/impact.controller';
import { NeedBaselinesController } from './http/need-baselines.controller';
import { ProjectResultsController } from './http/project-results.controller';
import { ImpactCache } from './impact/impact-cache';
import { ImpactQueries } from './impact/impact-queries';
import { TrackRecords } from './impact/track-record';
import { ProjectsController } from './http/projects.controller';
import { StallCheckJob } from './nudges/stall-check.job';
import { StallNudges } from './nudges/stall-nudges';
import { MoveApplier } from './pipeline/move-applier';
import { ProjectMove } from './pipeline/project-move.entity';
import { ProjectMovesService } from './pipeline/project-moves.service';
import { ProjectNotices } from './pipeline/project-notices';
import { ProjectOpener } from './pipeline/project-opener';
import { ProjectQueriesService } from './pipeline/project-queries.service';
import { Project } from './pipeline/project.entity';
import { ProjectViews } from './pipeline/project-views';
import { ProjectDeployment } from './results/project-deployment.entity';
import { ProjectResult } from './results/project-result.entity';
import { NeedBaselinesService } from './results/need-baselines.service';
import { ProjectResultsService } from './results/project-results.service';

/** After an introduction: the project pipeline, measured results, stall reminders and the impact figures. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Project, ProjectMove, ProjectDeployment, ProjectResult]),
    IdentityModule,
    MatchingModule,
    NeedsModule,
    NotificationsModule,
    QueueModule.registerJobs([StallCheckJob]),
  ],
  // The impact controller first: its static `impact.csv` path must not be read as anything else.
  controllers: [ImpactController, ProjectsController, ProjectResultsController, NeedBaselinesController],
  providers: [
    ImpactCache,
    ImpactQueries,
    MoveApplier,
    NeedBaselinesService,
    ProjectMovesService,
    ProjectNotices,
    ProjectOpener,
    ProjectQueriesService,
    ProjectResultsService,
    ProjectViews,
    StallNudges,
    TrackRecords,
  ],
})
export class ProjectsModule {}
