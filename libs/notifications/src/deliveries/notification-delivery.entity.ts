import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DeliveryChannel, DeliveryStatus } from './delivery-status';

/** One channel's delivery of one notification. Table created by NotificationDelivery1764900000000. */
@Entity('notification_delivery')
export class NotificationDelivery {
  /** Also the idempotency key receivers see (`X-3iPET-Delivery`, the e-mail's Message-ID). */
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  notificationId!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('text')
  channel!: DeliveryChannel;

  /**
   * The webhook id for webhook deliveries, empty otherwise: one delivery per (notification, channel, target).
   */
  @Column('text')
  target!: string;

  @Column('text')
  status!: DeliveryStatus;

  @Column('integer')
  attempts!: number;

  /** 1, then one more for each admin retry; keeps the job ids of a new round distinct from the last one's. */
  @Column('integer')
  round!: number;

  @Column('text', { nullable: true })
  lastError!: string | null;

  @Column('timestamptz', { nullable: true })
  nextAttemptAt!: Date | null;

  /** The job that is trying right now, and until when its claim holds. */
  @Column('text', { nullable: true })
  leaseOwner!: string | null;

  @Column('timestamptz', { nullable: true })
  leaseUntil!: Date | null;

  /** Parts already handed over (one e-mail per locale), so a retry does not send them again. */
  @Column('text', { array: true })
  completedParts!: string[];

  /**
   * Times the recovery sweep re-queued it; part of the recovery job's id, so it is never an id BullMQ still
   * holds.
   */
  @Column('integer')
  recoveries!: number;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  updatedAt!: Date;
}
