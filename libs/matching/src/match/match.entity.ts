import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ScoredComponent } from '../scoring/match-score';
import type { MatchOrigin, MatchStatus, PartyResponse, RejectionReason } from './match-status';

/** One need × technology pair the platform proposed or an admin added. Table created by Matching1764800000000. */
@Entity('match')
export class Match {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  needId!: string;

  @Column('uuid')
  technologyId!: string;

  /** The agency that posted the need, copied so either side's list is one indexed lookup. */
  @Column('uuid')
  needOrganizationId!: string;

  @Column('uuid')
  vendorOrganizationId!: string;

  @Column('text')
  status!: MatchStatus;

  @Column('text')
  origin!: MatchOrigin;

  @Column('real')
  score!: number;

  @Column('jsonb')
  components!: ScoredComponent[];

  /** Why the hard rules would exclude the pair; only an admin's manual match can carry one. */
  @Column('text', { nullable: true })
  exclusionReason!: string | null;

  @Column('timestamptz')
  scoredAt!: Date;

  /** The curator's note when introducing, or reason when rejecting. */
  @Column('text', { nullable: true })
  decisionNote!: string | null;

  /** Set with every rejection (MatchInterest1765410000000). */
  @Column('text', { nullable: true })
  rejectionReason!: RejectionReason | null;

  @Column('text', { nullable: true })
  needResponse!: PartyResponse | null;

  @Column('text', { nullable: true })
  needResponseMessage!: string | null;

  @Column('timestamptz', { nullable: true })
  needRespondedAt!: Date | null;

  @Column('text', { nullable: true })
  vendorResponse!: PartyResponse | null;

  @Column('text', { nullable: true })
  vendorResponseMessage!: string | null;

  @Column('timestamptz', { nullable: true })
  vendorRespondedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  introducedAt!: Date | null;

  /** Optimistic lock: a decision names the version it was based on. */
  @Column('integer')
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
