import { ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { InTaxonomy, LISTING_INTENTS, PageQuery, StorableText, TRL_MAX, TRL_MIN } from '@3ipet/common';

export const SEARCH_SORTS = ['relevance', 'newest', 'trl', 'cost'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** `a,b` and `x=a&x=b` both give a list (documented as the repeated form, which every client can send). */
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

export class TechnologySearchQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'Free text in any language; typos and synonyms (ESP, 脱硫, …) are understood',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @StorableText()
  q?: string;

  @ApiPropertyOptional(listParam('Pollutant ids, comma-separated (any of them)', 'pm2.5,so2'))
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @InTaxonomy('pollutants')
  pollutants?: string[];

  @ApiPropertyOptional(
    listParam('What it does to the pollutants: measures, removes, avoids, manages (any of them)', 'measures'),
  )
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @IsIn(LISTING_INTENTS, { each: true })
  intents?: string[];

  @ApiPropertyOptional(listParam('Sector or sub-sector ids (any of them)', 'industry.cement'))
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @InTaxonomy('sectorsOrSubSectors')
  sectors?: string[];

  @ApiPropertyOptional(listParam('Category ids or category group ids (any of them)', 'end-of-pipe.esp'))
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @InTaxonomy('categoriesOrGroups')
  category?: string[];

  @ApiPropertyOptional({ minimum: TRL_MIN, maximum: TRL_MAX })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(TRL_MIN)
  @Max(TRL_MAX)
  trlMin?: number;

  @ApiPropertyOptional({
    minimum: 0,
    description: 'Budget in USD: listings whose minimum capital cost fits it',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  costMax?: number;

  @ApiPropertyOptional(listParam('ISO country codes it is supplied to or deployed in (any of them)', 'NP,LK'))
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @InTaxonomy('countries')
  countries?: string[];

  @ApiPropertyOptional({
    description: 'true: only listings with a claim confirmed by expert review; false: only those without',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  verified?: boolean;

  @ApiPropertyOptional({ enum: SEARCH_SORTS, default: 'relevance' })
  @IsOptional()
  @IsIn(SEARCH_SORTS)
  sort?: SearchSort;
}
