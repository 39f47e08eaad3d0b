import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AccountTokenPurpose = 'password-reset' | 'email-verification' | 'email-change';

/**
 * A one-time link sent to an address: reset a password, verify the address, or confirm a new one. The token
 * is minted when the e-mail is sent and only its sha256 is kept; the row's expiry runs from the request.
 */
@Entity('account_token')
export class AccountToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  purpose!: AccountTokenPurpose;

  /** The address the link goes to (for an e-mail change: the new address). */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', nullable: true })
  tokenHash!: string | null;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Spent, or superseded by a newer request of the same purpose. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
