import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { InTaxonomy, TextField, TextItems, TRL_MAX, TRL_MIN } from '@3ipet/common';
import {
  LIMITS,
  ReferenceProjectInput,
  RemovalEfficiencyInput,
  TranslationInput,
} from './technology-parts.dto';
import { KeysWithin, NotBelow, UniqueBy } from './taxonomy.decorators';

const idList = (description: string, example: string[]): ApiPropertyOptions => ({
  type: [String],
  description,
  example,
});

/** Everything a vendor writes about a technology. Ids refer to GET /api/v1/taxonomy. */
export class TechnologyInput {
  @ApiProperty({
    maxLength: LIMITS.title,
    example: 'Electrostatic-fabric hybrid precipitator for cement kilns',
  })
  @TextField(LIMITS.title)
  title!: string;

  @ApiProperty({ maxLength: LIMITS.summary })
  @TextField(LIMITS.summary)
  summary!: string;

  @ApiProperty({ maxLength: LIMITS.description })
  @TextField(LIMITS.description)
  description!: string;

  @ApiPropertyOptional({ type: [TranslationInput], description: 'Title and summary in other languages' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.translations)
  @ValidateNested({ each: true })
  @Type(() => TranslationInput)
  @UniqueBy('language')
  translations?: TranslationInput[];

  @ApiProperty({ description: 'A technology category id', example: 'end-of-pipe.esp' })
  @InTaxonomy('categories')
  category!: string;

  @ApiProperty(idList('Pollutant ids', ['pm2.5', 'pm10']))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.listItems)
  @ArrayUnique()
  @InTaxonomy('pollutants')
  pollutants!: string[];

  @ApiPropertyOptional({
    type: [RemovalEfficiencyInput],
    description: 'Per pollutant listed in `pollutants`',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItems)
  @ValidateNested({ each: true })
  @Type(() => RemovalEfficiencyInput)
  @KeysWithin('pollutant', 'pollutants')
  removalEfficiency?: RemovalEfficiencyInput[];

  @ApiProperty(idList('Sector or sub-sector ids; a sub-sector implies its sector', ['industry.cement']))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.listItems)
  @ArrayUnique()
  @InTaxonomy('sectorsOrSubSectors')
  sectors!: string[];

  @ApiProperty({ minimum: TRL_MIN, maximum: TRL_MAX, example: 9 })
  @IsInt()
  @Min(TRL_MIN)
  @Max(TRL_MAX)
  trl!: number;

  @ApiPropertyOptional({ minimum: 0, example: 250000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(LIMITS.maxCostUsd)
  capitalCostMinUsd?: number;

  @ApiPropertyOptional({ minimum: 0, example: 1200000, description: 'Not below capitalCostMinUsd' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(LIMITS.maxCostUsd)
  @NotBelow('capitalCostMinUsd')
  capitalCostMaxUsd?: number;

  @ApiPropertyOptional({ maxLength: LIMITS.note })
  @IsOptional()
  @TextField(LIMITS.note)
  operatingCostNote?: string;

  @ApiPropertyOptional(idList('Where it runs today (reference projects add theirs)', ['CN', 'IN']))
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItems)
  @ArrayUnique()
  @InTaxonomy('countries')
  deploymentCountries?: string[];

  @ApiPropertyOptional({ type: [ReferenceProjectInput] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.referenceProjects)
  @ValidateNested({ each: true })
  @Type(() => ReferenceProjectInput)
  referenceProjects?: ReferenceProjectInput[];

  @ApiPropertyOptional(idList('Countries it can be supplied to', ['NP', 'LK', 'IN']))
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItems)
  @ArrayUnique()
  @InTaxonomy('countries')
  supplyCountries?: string[];

  @ApiPropertyOptional({ type: [String], example: ['ISO 9001', 'CE'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItems)
  @ArrayUnique()
  @TextItems(LIMITS.shortText)
  certifications?: string[];

  @ApiPropertyOptional(idList('Deal type ids', ['sale', 'licence']))
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @InTaxonomy('dealTypes')
  dealTypes?: string[];

  @ApiPropertyOptional(idList('Languages of support (BCP 47)', ['en', 'zh']))
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItems)
  @ArrayUnique()
  @InTaxonomy('languages')
  supportLanguages?: string[];
}
