import { ApiProperty } from '@nestjs/swagger';

export class TrackRecordResult {
  @ApiProperty() pollutant!: string;
  @ApiProperty() metric!: string;
  @ApiProperty() unit!: string;
  @ApiProperty() baselineValue!: number;
  @ApiProperty() afterValue!: number;
  @ApiProperty() reductionPercent!: number;
  @ApiProperty() periodEnd!: string;
}

export class TrackRecordDeployment {
  @ApiProperty({ format: 'uuid' }) technologyId!: string;
  @ApiProperty() technologyTitle!: string;
  @ApiProperty({ example: 'NP' }) country!: string;
  @ApiProperty() city!: string;
  @ApiProperty() site!: string;
  @ApiProperty() units!: number;
  @ApiProperty({ example: '2026-08-15' }) deployedOn!: string;
  @ApiProperty({ type: [TrackRecordResult], description: 'Curator-verified results only' })
  verifiedResults!: TrackRecordResult[];
}

/** What a vendor deployed through the platform, and what was measured and verified there. */
export class TrackRecordView {
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() deployments!: number;
  @ApiProperty() units!: number;
  @ApiProperty({ type: [TrackRecordDeployment], description: 'Most recent first (at most 50)' })
  items!: TrackRecordDeployment[];
}
