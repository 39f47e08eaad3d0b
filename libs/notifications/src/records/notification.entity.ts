import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Something an organisation must learn. Table created by migration Notifications1764710000000. */
@Entity('notification')
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  /** What happened, e.g. `saved-search.hit`; clients pick the template by it. */
  @Column('text')
  kind!: string;

  @Column('jsonb')
  payload!: Record<string, unknown>;

  /** Business key that makes recording idempotent per organisation (a redelivered message adds nothing). */
  @Column('text', { nullable: true })
  dedupKey!: string | null;

  /** False for an e-mail-only notice (a conversation digest): the inbox already listed what it sums up. */
  @Column('boolean', { default: true })
  inInbox!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;
}
