import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNumber, IsUUID, Max, Min } from 'class-validator';
import { InTaxonomy } from '@3ipet/common';
import { RESULT_METRIC_LIST, type ResultMetric } from '../results/result-rules';
import { CalendarDay, EvidenceUrl, ShortText } from './text-fields';

const Measure = () => IsNumber({ allowNaN: false, allowInfinity: false });

/** A measured before/after at one of the project's deployments; the reduction is computed from it. */
export class ResultInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  deploymentId!: string;

  @ApiProperty({ example: 'black-carbon' })
  @InTaxonomy('pollutants')
  pollutant!: string;

  @ApiProperty({ enum: RESULT_METRIC_LIST })
  @IsIn(RESULT_METRIC_LIST)
  metric!: ResultMetric;

  @ApiProperty({ example: 12.4, description: 'Above 0' })
  @Measure()
  @Min(0)
  @Max(1e12)
  baselineValue!: number;

  @ApiProperty({ example: 'mg/Nm3' })
  @ShortText(20)
  baselineUnit!: string;

  @ApiProperty({ example: 4.1 })
  @Measure()
  @Min(0)
  @Max(1e12)
  afterValue!: number;

  @ApiProperty({ example: 'mg/Nm3', description: 'The baseline’s unit' })
  @ShortText(20)
  afterUnit!: string;

  @ApiProperty({ example: 'Gravimetric stack sampling, 3 runs per kiln' })
  @ShortText(500)
  method!: string;

  @ApiProperty({ example: '2026-01-01' })
  @CalendarDay()
  periodStart!: string;

  @ApiProperty({ example: '2026-03-31' })
  @CalendarDay()
  periodEnd!: string;

  @ApiProperty({ format: 'uri', example: 'https://example.org/stack-test-2026.pdf' })
  @EvidenceUrl()
  evidenceUrl!: string;
}

export class ResultView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) deploymentId!: string;
  @ApiProperty() pollutant!: string;
  @ApiProperty({ enum: RESULT_METRIC_LIST }) metric!: string;
  @ApiProperty() unit!: string;
  @ApiProperty() baselineValue!: number;
  @ApiProperty() afterValue!: number;
  @ApiProperty({ description: 'baselineValue − afterValue, computed' }) reduction!: number;
  @ApiProperty({ description: 'Reduction as a percentage of the baseline, computed' })
  reductionPercent!: number;
  @ApiProperty() method!: string;
  @ApiProperty() periodStart!: string;
  @ApiProperty() periodEnd!: string;
  @ApiProperty({ format: 'uri' }) evidenceUrl!: string;
  @ApiProperty() verified!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) verifiedAt!: Date | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
}

export class ResultList {
  @ApiProperty({ type: [ResultView] }) items!: ResultView[];
}
