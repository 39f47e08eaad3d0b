import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@3ipet/identity';
import { NotificationsModule } from '@3ipet/notifications';
import { QueueModule } from '@3ipet/queue';
import { MessageDigestScheduler } from './digest/message-digest.scheduler';
import { MessageDigests } from './digest/message-digests.service';
import { SendMessageDigestsJob } from './digest/send-message-digests.job';
import { MessagesController } from './http/messages.controller';
import { UnreadController } from './http/unread.controller';
import { ConversationMessage, ConversationMessageEdit } from './messages/conversation-message.entity';
import { MessagesService } from './messages/messages.service';
import { MessageNotices } from './notices/message-notices';
import { ReadsService } from './reads/reads.service';
import { UnreadCounts } from './reads/unread-counts';

/** A conversation per introduced match: messages with their edit history, read markers, notices and digests. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ConversationMessage, ConversationMessageEdit]),
    IdentityModule,
    NotificationsModule,
    QueueModule.registerJobs([SendMessageDigestsJob]),
  ],
  controllers: [MessagesController, UnreadController],
  providers: [
    MessageDigestScheduler,
    MessageDigests,
    MessageNotices,
    MessagesService,
    ReadsService,
    UnreadCounts,
  ],
})
export class ConversationsModule {}
