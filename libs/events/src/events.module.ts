import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@3ipet/identity';
import { NotificationsModule } from '@3ipet/notifications';
import { CapacityEvent } from './event/capacity-event.entity';
import { EventAttendance } from './event/event-attendance.entity';
import { AdminEventsController } from './http/admin-events.controller';
import { EventAttendanceController } from './http/event-attendance.controller';
import { EventsFeedController } from './http/events-feed.controller';
import { EventsController } from './http/events.controller';
import { EventAttendanceService } from './use-cases/event-attendance.service';
import { EventPublishingService } from './use-cases/event-publishing.service';
import { EventQueriesService } from './use-cases/event-queries.service';
import { EventsFeedService } from './use-cases/events-feed.service';

/** Capacity-building events: the public calendar and event pages, iCalendar files, who attends, and cancelling. */
@Module({
  imports: [TypeOrmModule.forFeature([CapacityEvent, EventAttendance]), IdentityModule, NotificationsModule],
  // The feed controller first: its static `events.ics` path must not be read as an event id.
  controllers: [EventsFeedController, EventsController, EventAttendanceController, AdminEventsController],
  providers: [EventQueriesService, EventPublishingService, EventAttendanceService, EventsFeedService],
})
export class EventsModule {}
