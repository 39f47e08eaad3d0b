import { ApiProperty } from '@nestjs/swagger';
import {
  END_REASONS,
  type EndReason,
  FINANCING_KINDS,
  type FinancingKind,
  MOVE_STATUSES,
  type MoveStatus,
  PIPELINE_STAGES,
  type PipelineStage,
  PROJECT_STAGES,
  type ProjectStage,
} from '../pipeline/project-stages';

const SIDES = ['need', 'vendor', 'curator'] as const;
type Side = (typeof SIDES)[number];

export class NamedRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class ContractTermsView {
  @ApiProperty({ example: 240000 }) valueUsd!: number;
  @ApiProperty({ enum: FINANCING_KINDS }) financing!: FinancingKind;
}

export class ContractView extends ContractTermsView {
  @ApiProperty({ example: '2026-06-01' }) signedOn!: string;
}

export class DeploymentPlaceView {
  @ApiProperty({ example: 'NP' }) country!: string;
  @ApiProperty() city!: string;
  @ApiProperty() site!: string;
  @ApiProperty() units!: number;
}

export class DeploymentView extends DeploymentPlaceView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2026-08-15' }) deployedOn!: string;
}

export class MoveView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['open', 'advance', 'resume', 'pause', 'end'] }) kind!: string;
  @ApiProperty({ enum: PROJECT_STAGES, nullable: true, type: String }) fromStage!: ProjectStage | null;
  @ApiProperty({ enum: PROJECT_STAGES }) toStage!: ProjectStage;
  @ApiProperty({ example: '2026-11-20' }) date!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ enum: MOVE_STATUSES }) status!: MoveStatus;
  @ApiProperty({ enum: SIDES, nullable: true, type: String, description: 'null: the platform (opening)' })
  proposedBy!: Side | null;
  @ApiProperty({ format: 'date-time' }) proposedAt!: Date;
  @ApiProperty({ enum: SIDES, nullable: true, type: String }) confirmedBy!: Side | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) confirmedAt!: Date | null;
  @ApiProperty({ type: ContractTermsView, nullable: true, description: 'Proposed with contract-signed' })
  contract!: ContractTermsView | null;
  @ApiProperty({ type: DeploymentPlaceView, nullable: true, description: 'Proposed with deployed' })
  deployment!: DeploymentPlaceView | null;
  @ApiProperty({ enum: END_REASONS, nullable: true, type: String }) endReason!: EndReason | null;
}

export class ProjectView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) matchId!: string;
  @ApiProperty({ enum: PROJECT_STAGES }) stage!: ProjectStage;
  @ApiProperty({ enum: PIPELINE_STAGES, nullable: true, type: String })
  pausedFromStage!: PipelineStage | null;
  @ApiProperty({ enum: END_REASONS, nullable: true, type: String }) endReason!: EndReason | null;
  @ApiProperty({
    enum: SIDES,
    description: "The caller's side: need (the agency), vendor, or curator (admins)",
  })
  side!: Side;
  @ApiProperty({ type: NamedRef, description: 'The need (name: its title)' }) need!: NamedRef;
  @ApiProperty({ type: NamedRef, description: 'The technology (name: its title)' }) technology!: NamedRef;
  @ApiProperty({ type: NamedRef }) needOrganization!: NamedRef;
  @ApiProperty({ type: NamedRef }) vendorOrganization!: NamedRef;
  @ApiProperty({ type: ContractView, nullable: true }) contract!: ContractView | null;
  @ApiProperty({ format: 'date-time' }) stageEnteredAt!: Date;
  @ApiProperty({ description: 'The stage has not moved for PROJECT_STALL_DAYS' }) stalled!: boolean;
  @ApiProperty({ type: MoveView, nullable: true, description: 'The move waiting for confirmation' })
  pendingMove!: MoveView | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ format: 'date-time' }) updatedAt!: Date;
}

export class ProjectDetailView extends ProjectView {
  @ApiProperty({ type: [MoveView], description: 'Every move, oldest first' }) moves!: MoveView[];
  @ApiProperty({ type: [DeploymentView] }) deployments!: DeploymentView[];
}

export class ProjectPage {
  @ApiProperty({ type: [ProjectView] }) items!: ProjectView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}
