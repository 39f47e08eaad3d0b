import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Max,
  Min,
} from 'class-validator';
import { NotBelow } from '@3ipet/catalog';
import { InTaxonomy, TextField } from '@3ipet/common';
import { IsFutureDeadline } from './deadline.decorator';

export const NEED_LIMITS = {
  title: 200,
  description: 10_000,
  city: 100,
  note: 2000,
  listItems: 50,
  maxBudgetUsd: 1_000_000_000_000,
} as const;

const idList = (description: string, example: string[]): ApiPropertyOptions => ({
  type: [String],
  description,
  example,
});

/** Everything an agency writes about a need. Ids refer to GET /api/v1/taxonomy. */
export class NeedInput {
  @ApiProperty({
    maxLength: NEED_LIMITS.title,
    example: 'Cut PM emissions of 120 brick kilns in the Kathmandu valley',
  })
  @TextField(NEED_LIMITS.title)
  title!: string;

  @ApiProperty({ maxLength: NEED_LIMITS.description })
  @TextField(NEED_LIMITS.description)
  description!: string;

  @ApiProperty(idList('Pollutant ids', ['pm2.5', 'black-carbon']))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NEED_LIMITS.listItems)
  @ArrayUnique()
  @InTaxonomy('pollutants')
  pollutants!: string[];

  @ApiProperty(idList('Sector or sub-sector ids', ['industry.brick-kilns']))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NEED_LIMITS.listItems)
  @ArrayUnique()
  @InTaxonomy('sectorsOrSubSectors')
  sectors!: string[];

  @ApiProperty({ description: 'ISO 3166-1 alpha-2', example: 'NP' })
  @IsString()
  @InTaxonomy('countries')
  country!: string;

  @ApiProperty({ maxLength: NEED_LIMITS.city, example: 'Bhaktapur' })
  @TextField(NEED_LIMITS.city)
  city!: string;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 0,
    maximum: NEED_LIMITS.maxBudgetUsd,
    example: 200000,
    description: 'USD',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(NEED_LIMITS.maxBudgetUsd)
  budgetMinUsd?: number | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 0,
    maximum: NEED_LIMITS.maxBudgetUsd,
    example: 1500000,
    description: 'USD, not below budgetMinUsd',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(NEED_LIMITS.maxBudgetUsd)
  @NotBelow('budgetMinUsd')
  budgetMaxUsd?: number | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 1,
    maximum: 9,
    example: 7,
    description: 'Lowest acceptable readiness level',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  minTrl?: number | null;

  @ApiPropertyOptional(idList('Preferred deal type ids', ['pilot', 'sale']))
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @InTaxonomy('dealTypes')
  dealTypes?: string[];

  @ApiProperty({
    description: 'A date (the end of that day, UTC) or an ISO 8601 date-time with offset; in the future',
    example: '2026-09-30',
  })
  @IsFutureDeadline()
  deadline!: string;

  @ApiPropertyOptional(idList('Languages the agency works in (BCP 47)', ['en', 'ne']))
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NEED_LIMITS.listItems)
  @ArrayUnique()
  @InTaxonomy('languages')
  languages?: string[];
}
