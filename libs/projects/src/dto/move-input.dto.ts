import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { InTaxonomy } from '@3ipet/common';
import {
  END_REASONS,
  type EndReason,
  FINANCING_KINDS,
  type FinancingKind,
  PROJECT_STAGES,
  type ProjectStage,
} from '../pipeline/project-stages';
import { CalendarDay, ShortText } from './text-fields';

export class ContractInput {
  @ApiProperty({ minimum: 0, example: 240000, description: 'Contract value in US dollars' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1e13)
  valueUsd!: number;

  @ApiProperty({ enum: FINANCING_KINDS })
  @IsIn(FINANCING_KINDS)
  financing!: FinancingKind;
}

export class DeploymentInput {
  @ApiProperty({ example: 'NP' })
  @InTaxonomy('countries')
  country!: string;

  @ApiProperty({ example: 'Bhaktapur' })
  @ShortText(120)
  city!: string;

  @ApiProperty({ example: 'Kiln cluster, Tathali' })
  @ShortText(200)
  site!: string;

  @ApiProperty({ minimum: 1, example: 12 })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  units!: number;
}

/**
 * A proposed move. `contract` goes with `contract-signed`, `deployment` with `deployed`, `endReason` with
 * `ended`; a move to `results-measured` needs a result recorded first.
 */
export class ProposeMoveInput {
  @ApiProperty({ enum: PROJECT_STAGES })
  @IsIn(PROJECT_STAGES)
  toStage!: ProjectStage;

  @ApiProperty({ example: '2026-11-20', description: 'The day it happened (not in the future)' })
  @CalendarDay()
  date!: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @ShortText(2000)
  note?: string;

  @ApiPropertyOptional({ type: ContractInput })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContractInput)
  contract?: ContractInput;

  @ApiPropertyOptional({ type: DeploymentInput })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeploymentInput)
  deployment?: DeploymentInput;

  @ApiPropertyOptional({ enum: END_REASONS })
  @IsOptional()
  @IsIn(END_REASONS)
  endReason?: EndReason;

  @ApiPropertyOptional({
    minimum: 1,
    description: 'The project version the move is based on (409 when stale)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
