import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A URL an organisation registered to receive signed notifications. Table from
 * NotificationDelivery1764900000000.
 */
@Entity('webhook_endpoint')
export class WebhookEndpoint {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('text')
  url!: string;

  /** Notification kinds this endpoint receives, e.g. `match.introduced`. */
  @Column('text', { array: true })
  events!: string[];

  /**
   * The HMAC key. Kept readable because every delivery is signed with it; shown to people once, at creation.
   */
  @Column('text', { select: false })
  secret!: string;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
