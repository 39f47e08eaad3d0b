import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const CLAIM_KINDS = [
  'removal-efficiency',
  'outlet-concentration',
  'emission-factor',
  'energy-use',
  'certification',
  'reference-result',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const ISSUER_KINDS = ['lab', 'certifier', 'client', 'vendor'] as const;
export type IssuerKind = (typeof ISSUER_KINDS)[number];

export const CLAIM_VERIFICATIONS = [
  'stated',
  'confirmed',
  'confirmed-with-conditions',
  'not-confirmed',
] as const;
export type ClaimVerification = (typeof CLAIM_VERIFICATIONS)[number];

const numericAsNumber = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * One claim of a listing and the evidence behind it. Table created by migration TechnologyClaims1765510000000.
 * The verification fields are written only by ClaimVerificationService (an expert verdict) or the demo seed.
 */
@Entity('technology_claim')
export class TechnologyClaim {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  technologyId!: string;

  @Column('text')
  kind!: ClaimKind;

  /** A taxonomy pollutant id, for performance claims about one pollutant. */
  @Column('text', { nullable: true })
  pollutant!: string | null;

  @Column('numeric', { nullable: true, transformer: numericAsNumber })
  value!: number | null;

  @Column('text', { nullable: true })
  unit!: string | null;

  /** The claim in words, e.g. "99.5 % PM2.5 removal". */
  @Column('text')
  statement!: string;

  @Column('integer')
  position!: number;

  /** A file of the listing's organisation (libs/files). */
  @Column('uuid', { nullable: true })
  evidenceFileId!: string | null;

  @Column('text', { nullable: true })
  evidenceUrl!: string | null;

  @Column('text', { nullable: true })
  issuer!: string | null;

  @Column('text', { nullable: true })
  issuerKind!: IssuerKind | null;

  /** The standard or method of the test. */
  @Column('text', { nullable: true })
  method!: string | null;

  /** ISO date (YYYY-MM-DD). */
  @Column('date', { nullable: true })
  testedOn!: string | null;

  /** Fuel, load, inlet concentration. */
  @Column('text', { nullable: true })
  conditions!: string | null;

  /** ISO date (YYYY-MM-DD). */
  @Column('date', { nullable: true })
  validUntil!: string | null;

  @Column('text', { default: 'stated' })
  verification!: ClaimVerification;

  @Column('text', { nullable: true })
  verificationNote!: string | null;

  @Column('timestamptz', { nullable: true })
  verifiedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  verifiedUntil!: Date | null;

  @Column('uuid', { nullable: true })
  verdictId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** Whether an expert verdict backs the claim's figure (with or without conditions). */
export function isVerified(claim: Pick<TechnologyClaim, 'verification'>): boolean {
  return claim.verification === 'confirmed' || claim.verification === 'confirmed-with-conditions';
}
