export { NotificationsModule } from './notifications.module';
export { Notification } from './records/notification.entity';
export {
  NOTIFICATION_KINDS,
  NOTIFICATION_KIND_LIST,
  MESSAGE_DIGEST_KIND,
  type NotificationKind,
} from './records/notification-kinds';
export { NotificationRecorder, type NotificationToRecord } from './records/notification-recorder';
export { RECORDING_CONCURRENCY, RECORDING_QUEUE } from './records/recording-queue';
export { ListingExpiredJob } from './catalog-events/listing-expired.job';
export { ListingReviewedJob } from './catalog-events/listing-reviewed.job';
export { OrganizationVerificationJob } from './catalog-events/organization-verification.job';
export { MatchEventJob, MATCH_EVENTS, type MatchEventName } from './match-events/match-event.job';
export { DeliverNotificationJob, DELIVERY_QUEUE } from './deliveries/deliver-notification.job';
export { NotificationDelivery } from './deliveries/notification-delivery.entity';
export {
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  type DeliveryChannel,
  type DeliveryStatus,
} from './deliveries/delivery-status';
export { DeliveryRecovery } from './deliveries/delivery-recovery';
export { WEBHOOK_HEADERS, signWebhook, verifyWebhook } from './channels/webhook/webhook-signature';
export { InboxPage, InboxQuery, NotificationView } from './inbox/inbox.dto';
export { InboxReads } from './inbox/inbox-reads';
export { mountQueueDashboard } from './queue-dashboard/mount-queue-dashboard';
export { QUEUE_DASHBOARD_PATH } from './queue-dashboard/dashboard-access';
export { EMAIL_LOCALES, renderEmail } from './templates/render-email';
export { AccountMailJob } from './account-mail/account-mail.job';
export { renderAccountEmail } from './account-mail/account-messages';
