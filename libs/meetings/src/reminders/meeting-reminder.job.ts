import { JobType } from '@3ipet/queue';

/** Reminds both sides of each meeting that starts within MEETING_REMINDER_LEAD_MINUTES. Idempotent. */
@JobType('meetings.reminders', { queue: 'meetings-maintenance', attempts: 3, backoffMs: 5000 })
export class MeetingReminderJob {}
