import type { DeliveryChannel } from './delivery-status';

/** Everything a channel needs to send one delivery, read by the statement that claims it. */
export interface DeliveryWork {
  deliveryId: string;
  channel: DeliveryChannel;
  /** Webhook id for webhook deliveries, empty otherwise. */
  target: string;
  round: number;
  attempts: number;
  completedParts: string[];
  notification: {
    id: string;
    organizationId: string;
    kind: string;
    payload: Record<string, unknown>;
    createdAt: Date;
  };
  /** Present for webhook deliveries whose endpoint still exists. */
  webhook: { url: string; secret: string } | null;
  /** The organisation's active members, for e-mail deliveries (empty for other channels). */
  recipients: { email: string; locale: string }[];
}

/** Lets a channel record parts it already handed over, so a retry skips them. */
export interface DeliveryProgress {
  partSent(part: string): Promise<void>;
}

/**
 * A failure no retry can fix (the webhook was deleted, nobody is left to e-mail): the delivery dies at once.
 */
export class UndeliverableError extends Error {
  override readonly name = 'UndeliverableError';
}

/** One way out (e-mail, webhook). */
export abstract class ChannelSender {
  abstract send(work: DeliveryWork, progress: DeliveryProgress): Promise<void>;
}
