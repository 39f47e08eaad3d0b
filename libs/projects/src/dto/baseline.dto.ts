import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNumber, Max, Min } from 'class-validator';
import { InTaxonomy } from '@3ipet/common';
import { RESULT_METRIC_LIST, type ResultMetric } from '../results/result-rules';
import { CalendarDay, EvidenceUrl, ShortText } from './text-fields';

/** Air quality before any match: a city's PM2.5 annual mean, a stack test… */
export class BaselineInput {
  @ApiProperty({ example: 'pm2.5' })
  @InTaxonomy('pollutants')
  pollutant!: string;

  @ApiProperty({ enum: RESULT_METRIC_LIST })
  @IsIn(RESULT_METRIC_LIST)
  metric!: ResultMetric;

  @ApiProperty({ example: 'µg/m3' })
  @ShortText(20)
  unit!: string;

  @ApiProperty({ example: 48.2 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e12)
  value!: number;

  @ApiProperty({ example: 'Annual mean of the Ratnapark reference station' })
  @ShortText(500)
  method!: string;

  @ApiProperty({ example: '2025-01-01' })
  @CalendarDay()
  periodStart!: string;

  @ApiProperty({ example: '2025-12-31' })
  @CalendarDay()
  periodEnd!: string;

  @ApiProperty({ format: 'uri' })
  @EvidenceUrl()
  evidenceUrl!: string;
}

export class BaselineView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() pollutant!: string;
  @ApiProperty({ enum: RESULT_METRIC_LIST }) metric!: string;
  @ApiProperty() unit!: string;
  @ApiProperty() value!: number;
  @ApiProperty() method!: string;
  @ApiProperty() periodStart!: string;
  @ApiProperty() periodEnd!: string;
  @ApiProperty({ format: 'uri' }) evidenceUrl!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
}

export class BaselineList {
  @ApiProperty({ type: [BaselineView] }) items!: BaselineView[];
}
