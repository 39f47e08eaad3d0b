import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { InTaxonomy, TextField, TRANSLATION_LANGUAGES } from '@3ipet/common';

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
  referenceProjects: 50,
  maxCostUsd: 1_000_000_000_000,
  earliestProjectYear: 1950,
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
