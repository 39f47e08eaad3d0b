import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A curator's request to recompute every open need; its progress is the count of its finished needs. */
@Entity('match_recompute_run')
export class RecomputeRun {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { nullable: true })
  requestedBy!: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  requestedAt!: Date;

  /** Known once the run has listed the open needs. */
  @Column('integer', { nullable: true })
  needsTotal!: number | null;

  @Column('timestamptz', { nullable: true })
  startedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  finishedAt!: Date | null;
}
