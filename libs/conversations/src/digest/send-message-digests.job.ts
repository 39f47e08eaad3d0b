import { JobType } from '@3ipet/queue';

/** Sends the conversation digests that are due: one e-mail per organisation and match per window. */
@JobType('conversations.send-message-digests', { queue: 'conversations', attempts: 3, backoffMs: 10_000 })
export class SendMessageDigestsJob {}
