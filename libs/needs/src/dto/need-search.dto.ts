import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { InTaxonomy, PageQuery, StorableText } from '@3ipet/common';

export const NEED_SEARCH_SORTS = ['relevance', 'deadline', 'newest'] as const;
export type NeedSearchSort = (typeof NEED_SEARCH_SORTS)[number];

/** `a,b` and `x=a&x=b` both give a list, as in the technology search. */
const commaList = ({ value }: { value: unknown }) =>
  value === undefined
    ? undefined
    : (Array.isArray(value) ? value : [value])
        .flatMap((item) => (typeof item === 'string' ? item.split(',') : [item]))
        .map((item) => (typeof item === 'string' ? item.trim() : item))
        .filter((item) => item !== '');

const listParam = (description: string, example: string): ApiPropertyOptions => ({
  type: [String],
  description: `${description}; repeat the parameter or separate by commas`,
  example: example.split(','),
});

export class NeedSearchQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Free text; typos are forgiven', example: 'brick kiln dust' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @StorableText()
  q?: string;

  @ApiPropertyOptional(listParam('Pollutant ids, comma-separated (any of them)', 'pm2.5,black-carbon'))
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @InTaxonomy('pollutants')
  pollutants?: string[];

  @ApiPropertyOptional(
    listParam('Sector or sub-sector ids (any of them); a sector covers its sub-sectors', 'industry'),
  )
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @InTaxonomy('sectorsOrSubSectors')
  sectors?: string[];

  @ApiPropertyOptional(listParam('ISO country codes (any of them)', 'NP,IN'))
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @InTaxonomy('countries')
  country?: string[];

  @ApiPropertyOptional({
    minimum: 0,
    description: 'USD: needs whose stated budget reaches at least this much',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000_000_000)
  budgetMin?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 9, description: 'Your TRL: needs whose minimum TRL it meets' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(9)
  trlMax?: number;

  @ApiPropertyOptional({ enum: NEED_SEARCH_SORTS, default: 'relevance' })
  @IsOptional()
  @IsIn(NEED_SEARCH_SORTS)
  sort?: NeedSearchSort;
}

export class NeedOrganizationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() country!: string;
  @ApiProperty() verified!: boolean;
}

export class NeedSearchHitTranslationView {
  @ApiProperty({ example: 'ne' }) language!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ description: 'The start of the translated description' }) excerpt?: string;
}

export class NeedSearchHitView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'The start of the description' }) excerpt!: string;
  @ApiProperty({ type: [NeedSearchHitTranslationView], description: 'Title and excerpt in other languages' })
  translations!: NeedSearchHitTranslationView[];
  @ApiProperty({ type: [String] }) pollutants!: string[];
  @ApiProperty({ type: [String] }) sectors!: string[];
  @ApiProperty() country!: string;
  @ApiProperty() city!: string;
  @ApiPropertyOptional() budgetMinUsd?: number;
  @ApiPropertyOptional() budgetMaxUsd?: number;
  @ApiPropertyOptional() minTrl?: number;
  @ApiProperty({ type: [String] }) dealTypes!: string[];
  @ApiProperty({ format: 'date-time' }) deadline!: string;
  @ApiProperty({ type: NeedOrganizationView }) organization!: NeedOrganizationView;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'HTML-escaped title/description with matches wrapped in <mark>',
  })
  highlights!: Record<string, string>;
}

export class NeedSearchView {
  @ApiProperty({ type: [NeedSearchHitView] }) items!: NeedSearchHitView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: { type: 'number' } },
    description: 'Counts per value for pollutants, sectors and country over all matches',
  })
  facets!: Record<string, Record<string, number>>;
}
