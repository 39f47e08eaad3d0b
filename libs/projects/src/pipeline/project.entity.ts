import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EndReason, FinancingKind, PipelineStage, ProjectStage } from './project-stages';

/** What a connected match became. Table created by Projects1765430000000. */
@Entity('project')
export class Project {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  matchId!: string;

  @Column('uuid')
  needId!: string;

  @Column('uuid')
  technologyId!: string;

  @Column('uuid')
  needOrganizationId!: string;

  @Column('uuid')
  vendorOrganizationId!: string;

  @Column('text')
  stage!: ProjectStage;

  @Column('text', { nullable: true })
  pausedFromStage!: PipelineStage | null;

  @Column('text', { nullable: true })
  endReason!: EndReason | null;

  /** numeric: read as a string so no cents are lost on the way. */
  @Column('numeric', { nullable: true })
  contractValueUsd!: string | null;

  @Column('text', { nullable: true })
  contractFinancing!: FinancingKind | null;

  @Column('date', { nullable: true })
  contractSignedOn!: string | null;

  /** When the current stage was confirmed: the clock that stall reminders run on. */
  @Column('timestamptz')
  stageEnteredAt!: Date;

  @Column('integer')
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
