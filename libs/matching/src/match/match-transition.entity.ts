import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MatchStatus, TransitionActorRole } from './match-status';

/** One move of a match: who, when, from where to where, and why. Append-only. */
@Entity('match_transition')
export class MatchTransition {
  /** bigint: the driver returns it as a string. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid')
  matchId!: string;

  /** Null for the move that created the match. */
  @Column('text', { nullable: true })
  fromStatus!: MatchStatus | null;

  @Column('text')
  toStatus!: MatchStatus;

  /** Null when the system moved it (recompute). */
  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @Column('text')
  actorRole!: TransitionActorRole;

  @Column('text', { nullable: true })
  note!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
