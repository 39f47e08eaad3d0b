import { Module } from '@nestjs/common';
import { IdentityModule } from '@3ipet/identity';
import { NotificationsModule } from '@3ipet/notifications';
import { QueueModule } from '@3ipet/queue';
import { AgendaController } from './http/agenda.controller';
import { AvailabilityController } from './http/availability.controller';
import { MeetingsController } from './http/meetings.controller';
import { MeetingReminderJob } from './reminders/meeting-reminder.job';
import { MeetingReminders } from './reminders/meeting-reminders';
import { AgendaService } from './use-cases/agenda.service';
import { BookingSettingsService } from './use-cases/booking-settings.service';
import { MeetingBookingService } from './use-cases/meeting-booking.service';
import { MeetingChanges } from './use-cases/meeting-changes';
import { MeetingViews } from './use-cases/meeting-views';
import { MeetingsService } from './use-cases/meetings.service';

/** B2B meetings at an event: booking settings, availability, requests and answers, agendas and reminders. */
@Module({
  imports: [IdentityModule, NotificationsModule, QueueModule.registerJobs([MeetingReminderJob])],
  // The agenda first: its static `agenda.ics` path must not be read as anything else.
  controllers: [AgendaController, MeetingsController, AvailabilityController],
  providers: [
    AgendaService,
    BookingSettingsService,
    MeetingViews,
    MeetingChanges,
    MeetingsService,
    MeetingBookingService,
    MeetingReminders,
  ],
})
export class MeetingsModule {}
