export { MeetingsModule } from './meetings.module';
export { MeetingReminders } from './reminders/meeting-reminders';
export { MeetingReminderJob } from './reminders/meeting-reminder.job';
export { MEETING_NOTICE_KINDS } from './use-cases/meeting-changes';
export { DOUBLE_BOOKING_CONSTRAINT } from './use-cases/meeting-rules';
