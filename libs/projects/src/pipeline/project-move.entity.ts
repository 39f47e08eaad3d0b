import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MoveKind } from './project-stage-machine';
import type { FinancingKind, MoveStatus, ProjectActor, ProjectStage } from './project-stages';

/** What the move carries besides its stage: a contract, a deployment, or why the project ended. */
export interface MoveDetails {
  contract?: { valueUsd: number; financing: FinancingKind };
  deployment?: { country: string; city: string; site: string; units: number };
  endReason?: string;
}

/** One step of a project, proposed by a side and confirmed by the other (or immediate). */
@Entity('project_move')
export class ProjectMove {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  projectId!: string;

  @Column('text')
  kind!: MoveKind | 'open';

  @Column('text', { nullable: true })
  fromStage!: ProjectStage | null;

  @Column('text')
  toStage!: ProjectStage;

  /** The day the meeting, signature, deployment… happened, as the proposer says. */
  @Column('date')
  occurredOn!: string;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('jsonb')
  details!: MoveDetails;

  @Column('text')
  status!: MoveStatus;

  @Column('uuid', { nullable: true })
  proposedBy!: string | null;

  @Column('text', { nullable: true })
  proposedAs!: ProjectActor | null;

  @Column('timestamptz')
  proposedAt!: Date;

  @Column('uuid', { nullable: true })
  confirmedBy!: string | null;

  @Column('text', { nullable: true })
  confirmedAs!: ProjectActor | null;

  @Column('timestamptz', { nullable: true })
  confirmedAt!: Date | null;
}
