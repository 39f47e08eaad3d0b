import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type OrganizationKind = 'vendor' | 'agency';
export const ORGANIZATION_KINDS: readonly OrganizationKind[] = ['vendor', 'agency'];

export type VerificationStatus = 'pending' | 'verified' | 'rejected';
export const VERIFICATION_STATUSES: readonly VerificationStatus[] = ['pending', 'verified', 'rejected'];
/** What an admin last decided; a withdrawal takes the organisation back to pending. */
export type VerificationDecision = 'verified' | 'rejected' | 'withdrawn';
export const VERIFICATION_DECISIONS: readonly VerificationDecision[] = ['verified', 'rejected', 'withdrawn'];

@Entity('organization')
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: OrganizationKind;

  @Column({ type: 'text' })
  name!: string;

  /** ISO 3166-1 alpha-2, upper case. */
  @Column({ type: 'text' })
  country!: string;

  @Column({ type: 'text' })
  city!: string;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  pollutants!: string[];

  /** BCP 47 language tags. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  @Column({ type: 'text', nullable: true })
  contactName!: string | null;

  @Column({ type: 'text', nullable: true })
  contactEmail!: string | null;

  @Column({ type: 'text', nullable: true })
  contactPhone!: string | null;

  @Column({ type: 'boolean', default: false })
  verified!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedBy!: string | null;

  /** Kept in step with `verified` by OrganizationVerificationService; `verified` stays for existing readers. */
  @Column({ type: 'text', default: 'pending' })
  verificationStatus!: VerificationStatus;

  @Column({ type: 'text', nullable: true })
  verificationDecision!: VerificationDecision | null;

  /** Required for a rejection or a withdrawal; shown to the organisation's members. */
  @Column({ type: 'text', nullable: true })
  verificationReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  verificationDecidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  verificationDecidedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
