import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@3ipet/identity';
import { CapacityEvent } from './event/capacity-event.entity';
import { EventAttendance } from './event/event-attendance.entity';
import { EventAttendanceController } from './http/event-attendance.controller';
import { EventsFeedController } from './http/events-feed.controller';
import { EventsController } from './http/events.controller';
import { EventAttendanceService } from './use-cases/event-attendance.service';
import { EventPublishingService } from './use-cases/event-publishing.service';
import { EventQueriesService } from './use-cases/event-queries.service';
import { EventsFeedService } from './use-cases/events-feed.service';

/** Capacity-building events: the public calendar, its iCalendar feed, and who attends. */
@Module({
  imports: [TypeOrmModule.forFeature([CapacityEvent, EventAttendance]), IdentityModule],
  // The feed controller first: its static `events.ics` path must not be read as an event id.
  controllers: [EventsFeedController, EventsController, EventAttendanceController],
  providers: [EventQueriesService, EventPublishingService, EventAttendanceService, EventsFeedService],
})
export class EventsModule {}
