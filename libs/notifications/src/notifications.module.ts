import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@3ipet/identity';
import { QueueModule } from '@3ipet/queue';
import { AccountMailJob } from './account-mail/account-mail.job';
import { AccountMailProcessor } from './account-mail/account-mail.processor';
import { AdminDeliveriesController } from './admin/admin-deliveries.controller';
import { DeliveryQueriesService } from './admin/delivery-queries.service';
import { DeliveryRetryService } from './admin/delivery-retry.service';
import { DeliveryViews } from './admin/delivery-views';
import { ListingExpiredJob } from './catalog-events/listing-expired.job';
import { ListingExpiredProcessor } from './catalog-events/listing-expired.processor';
import { ListingReviewedJob } from './catalog-events/listing-reviewed.job';
import { ListingReviewedProcessor } from './catalog-events/listing-reviewed.processor';
import { OrganizationVerificationJob } from './catalog-events/organization-verification.job';
import { OrganizationVerificationProcessor } from './catalog-events/organization-verification.processor';
import { channelProviders } from './channels/channel-providers';
import { EmailSender } from './channels/email/email-sender';
import { WebhookSender } from './channels/webhook/webhook-sender';
import { DeliverNotificationJob } from './deliveries/deliver-notification.job';
import { DeliveryAttempts } from './deliveries/delivery-attempts.service';
import { DeliveryLedger } from './deliveries/delivery-ledger';
import { DeliveryProcessor } from './deliveries/delivery.processor';
import { DeliveryRecovery } from './deliveries/delivery-recovery';
import { DeliveryRetryPolicy } from './deliveries/delivery-retry-policy';
import { DeliveryScheduler } from './deliveries/delivery-scheduler';
import { DeliveryThrottle } from './deliveries/delivery-throttle';
import { RecoverDeliveriesJob } from './deliveries/recover-deliveries.job';
import { NotificationDelivery } from './deliveries/notification-delivery.entity';
import { OrganizationAccess } from './http/organization-access';
import { InboxController } from './inbox/inbox.controller';
import { InboxReads } from './inbox/inbox-reads';
import { InboxService } from './inbox/inbox.service';
import { MatchEventJob } from './match-events/match-event.job';
import { MatchEventProcessor } from './match-events/match-event.processor';
import { Notification } from './records/notification.entity';
import { BatchedNotificationRecorder } from './records/batched-notification-recorder';
import { NotificationRecorder } from './records/notification-recorder';
import { NotificationSettingsController } from './settings/notification-settings.controller';
import { NotificationSettings } from './settings/notification-settings.entity';
import { NotificationSettingsService } from './settings/notification-settings.service';
import { WebhookEndpoint } from './webhooks/webhook-endpoint.entity';
import { WebhooksController } from './webhooks/webhooks.controller';
import { WebhooksService } from './webhooks/webhooks.service';

/**
 * Notification records, each organisation's in-app inbox, and delivery by e-mail and signed webhook: planned
 * in the recording transaction, sent by the worker on the `match-notifications` queue, retried, and — when
 * dead — listed for admins to retry.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Notification, NotificationDelivery, NotificationSettings, WebhookEndpoint]),
    IdentityModule,
    QueueModule.registerJobs([
      AccountMailJob,
      ListingExpiredJob,
      ListingReviewedJob,
      OrganizationVerificationJob,
      MatchEventJob,
      DeliverNotificationJob,
      RecoverDeliveriesJob,
    ]),
  ],
  controllers: [
    InboxController,
    NotificationSettingsController,
    WebhooksController,
    AdminDeliveriesController,
  ],
  providers: [
    ...channelProviders,
    AccountMailProcessor,
    DeliveryAttempts,
    DeliveryLedger,
    DeliveryProcessor,
    DeliveryQueriesService,
    DeliveryRecovery,
    DeliveryRetryPolicy,
    DeliveryRetryService,
    DeliveryScheduler,
    DeliveryThrottle,
    DeliveryViews,
    EmailSender,
    InboxReads,
    InboxService,
    ListingExpiredProcessor,
    ListingReviewedProcessor,
    MatchEventProcessor,
    NotificationRecorder,
    BatchedNotificationRecorder,
    OrganizationVerificationProcessor,
    NotificationSettingsService,
    OrganizationAccess,
    WebhookSender,
    WebhooksService,
  ],
  exports: [InboxReads, NotificationRecorder],
})
export class NotificationsModule {}
