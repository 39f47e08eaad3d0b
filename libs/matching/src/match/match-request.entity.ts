import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MatchSide } from './match-status';

/**
 * One side asking the curators for an introduction: the agency for its need, or the vendor for its listing.
 * One per match and side (MatchInterest1765410000000); a curator still decides.
 */
@Entity('match_request')
export class MatchRequest {
  /** bigint: the driver returns it as a string. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid')
  matchId!: string;

  @Column('text')
  side!: MatchSide;

  @Column('uuid')
  organizationId!: string;

  /** Null once the person's account is gone. */
  @Column('uuid', { nullable: true })
  requestedBy!: string | null;

  @Column('text', { nullable: true })
  message!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
