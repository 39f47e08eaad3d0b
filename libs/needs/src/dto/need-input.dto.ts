import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { KeysWithin, MAX_OUTLET_MG_PER_NM3, NotBelow, UniqueBy } from '@3ipet/catalog';
import {
  InTaxonomy,
  NEED_WANTS,
  type NeedWants,
  TextField,
  TRANSLATION_LANGUAGES,
  UNIT_KINDS,
  type UnitKind,
} from '@3ipet/common';
import { IsFutureDeadline } from './deadline.decorator';

export const NEED_LIMITS = {
  title: 200,
  description: 10_000,
  city: 100,
  note: 2000,
  listItems: 50,
  maxBudgetUsd: 1_000_000_000_000,
  maxUnits: 10_000_000,
  areaName: 200,
  maxPopulation: 100_000_000,
  maxAreaKm2: 100_000,
  maxFlowNm3h: 10_000_000,
  translations: 20,
} as const;

const idList = (description: string, example: string[]): ApiPropertyOptions => ({
  type: [String],
  description,
  example,
});

export class OutletLimitInput {
  @ApiProperty({ description: 'A pollutant id also listed in `pollutants`', example: 'pm2.5' })
  @InTaxonomy('pollutants')
  pollutant!: string;

  @ApiProperty({
    description: 'Outlet concentration to reach: below this many mg/Nm3 (greater than 0)',
    maximum: MAX_OUTLET_MG_PER_NM3,
    example: 50,
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(MAX_OUTLET_MG_PER_NM3)
  mgPerNm3!: number;
}

/** The need's title (and description) in a language other than English, the language needs are written in. */
export class NeedTranslationInput {
  @ApiProperty({ enum: TRANSLATION_LANGUAGES, example: 'ne' })
  @IsIn(TRANSLATION_LANGUAGES)
  language!: string;

  @ApiProperty({ maxLength: NEED_LIMITS.title, example: 'काठमाडौं उपत्यकाका १२० इँटा भट्टाको धुलो उत्सर्जन घटाउने' })
  @TextField(NEED_LIMITS.title)
  title!: string;

  @ApiPropertyOptional({ maxLength: NEED_LIMITS.description })
  @IsOptional()
  @TextField(NEED_LIMITS.description)
  description?: string;
}

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

  @ApiPropertyOptional({
    type: [NeedTranslationInput],
    description:
      'Title and description in other languages, at most one per language; on a patch the list replaces the stored one',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NEED_LIMITS.translations)
  @ValidateNested({ each: true })
  @Type(() => NeedTranslationInput)
  @UniqueBy('language')
  translations?: NeedTranslationInput[];

  @ApiProperty(idList('Pollutant ids', ['pm2.5', 'black-carbon']))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NEED_LIMITS.listItems)
  @ArrayUnique()
  @InTaxonomy('pollutants')
  pollutants!: string[];

  @ApiPropertyOptional({
    enum: NEED_WANTS,
    description:
      'Measure the pollutants, cut them, or both; read from the title and description when left out',
  })
  @IsOptional()
  @IsIn(NEED_WANTS)
  wants?: NeedWants;

  @ApiProperty(
    idList('Sector or sub-sector ids; a sector named beside one of its sub-sectors is dropped', [
      'industry.brick-kilns',
    ]),
  )
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
    maximum: NEED_LIMITS.maxUnits,
    example: 120,
    description: 'How many units the need covers, counted in `unitKind`',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(NEED_LIMITS.maxUnits)
  unitCount?: number | null;

  @ApiPropertyOptional({ enum: UNIT_KINDS, nullable: true, example: 'kilns' })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  unitKind?: UnitKind | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: NEED_LIMITS.areaName,
    example: 'Bhaktapur municipality',
    description: 'The city area or district the need covers (scale beside, or instead of, a unit count)',
  })
  @IsOptional()
  @TextField(NEED_LIMITS.areaName)
  areaName?: string | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 1,
    maximum: NEED_LIMITS.maxPopulation,
    example: 81748,
    description: 'People living in the area; a per-resident cost is multiplied by it',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(NEED_LIMITS.maxPopulation)
  areaPopulation?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    maximum: NEED_LIMITS.maxAreaKm2,
    example: 6.9,
    description: 'Size of the area in km² (greater than 0); a per-km² cost is multiplied by it',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(NEED_LIMITS.maxAreaKm2)
  areaKm2?: number | null;

  @ApiPropertyOptional({
    type: [String],
    example: ['high-sulphur-coal'],
    description:
      'Fuels the site burns or has supplied (GET /taxonomy `fuels`); listings that need another fuel are not proposed',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NEED_LIMITS.listItems)
  @ArrayUnique()
  @InTaxonomy('fuels')
  fuels?: string[];

  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    description: 'Grid power at the site; false rules out listings that need it, null: not stated',
  })
  @IsOptional()
  @IsBoolean()
  gridPower?: boolean | null;

  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    description: 'Water supply at the site; false rules out listings that need it, null: not stated',
  })
  @IsOptional()
  @IsBoolean()
  waterSupply?: boolean | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    maximum: NEED_LIMITS.maxFlowNm3h,
    example: 30000,
    description:
      'Flue-gas flow of one source (a kiln stack, a boiler), Nm3/h (greater than 0); compared with the flow range listings handle',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(NEED_LIMITS.maxFlowNm3h)
  flowNm3h?: number | null;

  @ApiPropertyOptional({
    type: [OutletLimitInput],
    description:
      'Outlet concentrations to reach (mg/Nm3), at most one per pollutant listed in `pollutants`; matching compares them with the outlet guarantees listings state',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NEED_LIMITS.listItems)
  @ValidateNested({ each: true })
  @Type(() => OutletLimitInput)
  @KeysWithin('pollutant', 'pollutants')
  outletLimits?: OutletLimitInput[];

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
