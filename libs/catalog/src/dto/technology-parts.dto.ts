import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNumber, IsOptional, IsPositive, Max, Min } from 'class-validator';
import {
  InTaxonomy,
  LISTING_INTENTS,
  type ListingIntent,
  TextField,
  TRANSLATION_LANGUAGES,
} from '@3ipet/common';

export const LIMITS = {
  title: 200,
  summary: 1000,
  description: 20000,
  note: 2000,
  reason: 2000,
  shortText: 200,
  result: 1000,
  translations: 20,
  listItems: 100,
  categories: 5,
  referenceProjects: 50,
  maxCostUsd: 1_000_000_000_000,
  earliestProjectYear: 1950,
  /** Nm3/h: the largest cement kiln lines move about 1.5 million; the bound leaves room and stops typos. */
  maxFlowNm3h: 10_000_000,
  maxUnitsPerInstallation: 10_000_000,
} as const;

export class TranslationInput {
  @ApiProperty({ enum: TRANSLATION_LANGUAGES, example: 'zh' })
  @IsIn(TRANSLATION_LANGUAGES)
  language!: string;

  @ApiPropertyOptional({ maxLength: LIMITS.title, example: '电袋复合除尘器' })
  @IsOptional()
  @TextField(LIMITS.title)
  title?: string;

  @ApiPropertyOptional({ maxLength: LIMITS.summary })
  @IsOptional()
  @TextField(LIMITS.summary)
  summary?: string;
}

export class RemovalEfficiencyInput {
  @ApiProperty({
    description: 'A pollutant id from the taxonomy, also listed in `pollutants`',
    example: 'pm2.5',
  })
  @InTaxonomy('pollutants')
  pollutant!: string;

  @ApiProperty({ minimum: 0, maximum: 100, example: 99.5 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  percent!: number;
}

/** Largest outlet concentration a guarantee or a limit may state (mg/Nm3); flue gas of a raw kiln is below it. */
export const MAX_OUTLET_MG_PER_NM3 = 100_000;

export class OutletGuaranteeInput {
  @ApiProperty({
    description:
      'A pollutant id also listed in `pollutants` that the listing removes (not one it only measures)',
    example: 'pm2.5',
  })
  @InTaxonomy('pollutants')
  pollutant!: string;

  @ApiProperty({
    description: 'Guaranteed outlet concentration, at most this many mg/Nm3 (greater than 0)',
    maximum: MAX_OUTLET_MG_PER_NM3,
    example: 10,
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(MAX_OUTLET_MG_PER_NM3)
  mgPerNm3!: number;
}

export class PollutantIntentInput {
  @ApiProperty({ description: 'A pollutant id also listed in `pollutants`', example: 'pm2.5' })
  @InTaxonomy('pollutants')
  pollutant!: string;

  @ApiProperty({ enum: LISTING_INTENTS, example: 'removes' })
  @IsIn(LISTING_INTENTS)
  intent!: ListingIntent;
}

export class ReferenceProjectInput {
  @ApiProperty({ example: 'Hetauda Cement Industries, Makwanpur' })
  @TextField(LIMITS.shortText)
  place!: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2', example: 'NP' })
  @InTaxonomy('countries')
  country!: string;

  @ApiProperty({ example: 2022 })
  @IsInt()
  @Min(LIMITS.earliestProjectYear)
  @Max(2100)
  year!: number;

  @ApiProperty({ example: 'Stack dust below 20 mg/Nm³ in third-party tests (was 180 mg/Nm³)' })
  @TextField(LIMITS.result)
  result!: string;
}
