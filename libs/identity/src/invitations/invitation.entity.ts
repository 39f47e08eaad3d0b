import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('invitation')
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null for an invitation to the expert role (experts belong to no organisation). */
  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  /** `expert`: the account is an expert's; null: it joins the organisation with its kind as role. */
  @Column({ type: 'text', nullable: true })
  role!: 'expert' | null;

  @Column({ type: 'text' })
  email!: string;

  /** sha256 (hex) of the one-time token. */
  @Column({ type: 'text' })
  tokenHash!: string;

  /** sha256 of the token in the last invitation e-mail (minted when it is sent); accepted like tokenHash. */
  @Column({ type: 'text', nullable: true })
  mailTokenHash!: string | null;

  @Column({ type: 'uuid' })
  invitedBy!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedUserId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
