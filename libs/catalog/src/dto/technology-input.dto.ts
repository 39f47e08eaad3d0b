import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsPositive,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  COST_BASES,
  type CostBasis,
  InTaxonomy,
  TextField,
  TextItems,
  TRL_MAX,
  TRL_MIN,
  UNIT_KINDS,
  type UnitKind,
} from '@3ipet/common';
import {
  LIMITS,
  PollutantIntentInput,
  ReferenceProjectInput,
  OutletGuaranteeInput,
  RemovalEfficiencyInput,
  TranslationInput,
} from './technology-parts.dto';
import { KeysWithin, NotBelow, NotForMeasuredPollutants, PairedWith, UniqueBy } from './taxonomy.decorators';

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

  @ApiPropertyOptional(
    idList('Further categories it also belongs to (the primary `category` need not be repeated)', [
      'monitoring.cems',
    ]),
  )
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.categories)
  @ArrayUnique()
  @InTaxonomy('categories')
  categories?: string[];

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

  @ApiPropertyOptional({
    type: [PollutantIntentInput],
    description:
      'What it does to each pollutant listed in `pollutants`; a pollutant left out takes the intent its category implies',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItems)
  @ValidateNested({ each: true })
  @Type(() => PollutantIntentInput)
  @KeysWithin('pollutant', 'pollutants')
  intents?: PollutantIntentInput[];

  @ApiPropertyOptional({
    type: [OutletGuaranteeInput],
    description:
      'Guaranteed outlet concentrations (mg/Nm3), at most one per pollutant listed in `pollutants`; a pollutant the listing only measures has none',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItems)
  @ValidateNested({ each: true })
  @Type(() => OutletGuaranteeInput)
  @KeysWithin('pollutant', 'pollutants')
  @NotForMeasuredPollutants()
  outletGuarantees?: OutletGuaranteeInput[];

  @ApiProperty(idList('Sector or sub-sector ids, stored as named', ['industry.cement']))
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

  @ApiPropertyOptional({
    enum: COST_BASES,
    description:
      'What the capital cost counts: one unit (a stove, a bus), one installation, a project, a year',
  })
  @IsOptional()
  @IsIn(COST_BASES)
  costBasis?: CostBasis;

  @ApiPropertyOptional({ maxLength: LIMITS.note })
  @IsOptional()
  @TextField(LIMITS.note)
  operatingCostNote?: string;

  @ApiPropertyOptional(
    idList('What the technology needs at the site (GET /taxonomy `prerequisites`)', ['low-sulphur-fuel']),
  )
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @InTaxonomy('prerequisites')
  prerequisites?: string[];

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    maximum: LIMITS.maxFlowNm3h,
    example: 2000,
    description: 'Smallest flue-gas flow one installation handles, Nm3/h (greater than 0)',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(LIMITS.maxFlowNm3h)
  flowMinNm3h?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    maximum: LIMITS.maxFlowNm3h,
    example: 40000,
    description:
      'Largest flue-gas flow one installation handles, Nm3/h (greater than 0, not below flowMinNm3h)',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(LIMITS.maxFlowNm3h)
  @NotBelow('flowMinNm3h')
  flowMaxNm3h?: number | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 1,
    maximum: LIMITS.maxUnitsPerInstallation,
    example: 200,
    description: 'How many units (of capacityUnitKind) one installation serves, e.g. 200 households',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(LIMITS.maxUnitsPerInstallation)
  @PairedWith('capacityUnitKind')
  unitsPerInstallation?: number | null;

  @ApiPropertyOptional({
    enum: UNIT_KINDS,
    nullable: true,
    description: 'The unit unitsPerInstallation counts',
  })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  @PairedWith('unitsPerInstallation')
  capacityUnitKind?: UnitKind | null;

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
