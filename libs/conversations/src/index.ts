export { ConversationsModule } from './conversations.module';
export { ConversationMessage, ConversationMessageEdit } from './messages/conversation-message.entity';
export { MessageDigests } from './digest/message-digests.service';
export { SendMessageDigestsJob } from './digest/send-message-digests.job';
export { sanitizeMessageText, linksOf, MESSAGE_MAX_LENGTH } from './messages/message-text';
