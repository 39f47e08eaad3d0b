import { ApiProperty } from '@nestjs/swagger';
import { END_REASONS, FINANCING_KINDS, PIPELINE_STAGES, PROJECT_STAGES } from '../pipeline/project-stages';

export class StageFigures {
  @ApiProperty({ enum: PIPELINE_STAGES }) stage!: string;
  @ApiProperty({ description: 'Projects that reached this stage or a later one' }) reached!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'reached ÷ reached at the previous stage (null for the first, or when none reached it)',
  })
  conversion!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Median days from entering this stage to the next move (null: no project left it yet)',
  })
  medianDays!: number | null;
}

export class CountByKey {
  @ApiProperty() key!: string;
  @ApiProperty() count!: number;
}

export class ContractsByFinancing {
  @ApiProperty({ enum: FINANCING_KINDS }) financing!: string;
  @ApiProperty() count!: number;
  @ApiProperty() valueUsd!: number;
}

export class ContractFigures {
  @ApiProperty() count!: number;
  @ApiProperty() valueUsd!: number;
  @ApiProperty({ type: [ContractsByFinancing] }) byFinancing!: ContractsByFinancing[];
}

export class DeploymentsByKey {
  @ApiProperty() key!: string;
  @ApiProperty() deployments!: number;
  @ApiProperty() units!: number;
}

export class DeploymentFigures {
  @ApiProperty() count!: number;
  @ApiProperty() units!: number;
  @ApiProperty({ type: [DeploymentsByKey], description: 'ISO country code' }) byCountry!: DeploymentsByKey[];
  @ApiProperty({ type: [DeploymentsByKey], description: 'Sectors of the need (a deployment counts in each)' })
  bySector!: DeploymentsByKey[];
  @ApiProperty({ type: [DeploymentsByKey], description: 'The technology’s category' })
  byCategory!: DeploymentsByKey[];
}

export class ReductionFigures {
  @ApiProperty() pollutant!: string;
  @ApiProperty() metric!: string;
  @ApiProperty() unit!: string;
  @ApiProperty({ description: 'Verified results' }) results!: number;
  @ApiProperty({ description: 'Sum of (baseline − after) over the verified results' })
  totalReduction!: number;
  @ApiProperty() medianReductionPercent!: number;
}

/** What the platform's introductions led to; every figure is an aggregate over rows, computed on request. */
export class ImpactView {
  @ApiProperty({ format: 'date-time' }) generatedAt!: Date;
  @ApiProperty({ description: 'Matches a curator introduced' }) introductions!: number;
  @ApiProperty({ description: 'Introductions both sides accepted (each opened a project)' })
  connections!: number;
  @ApiProperty({ type: [CountByKey], description: 'Open needs by country (ISO code)' })
  openNeedsByCountry!: CountByKey[];
  @ApiProperty({ type: [StageFigures] }) stages!: StageFigures[];
  @ApiProperty({
    type: [CountByKey],
    description: `Projects by current stage (${PROJECT_STAGES.join(', ')})`,
  })
  currentStages!: CountByKey[];
  @ApiProperty({ type: [CountByKey], description: `Ended projects by reason (${END_REASONS.join(', ')})` })
  endReasons!: CountByKey[];
  @ApiProperty({ type: ContractFigures }) contracts!: ContractFigures;
  @ApiProperty({ type: DeploymentFigures }) deployments!: DeploymentFigures;
  @ApiProperty({ type: [ReductionFigures], description: 'Verified results, by pollutant, metric and unit' })
  reductions!: ReductionFigures[];
}
