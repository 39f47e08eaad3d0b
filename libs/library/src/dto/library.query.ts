import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { InTaxonomy, PageQuery, StorableText } from '@3ipet/common';
import {
  RESOURCE_KINDS,
  RESOURCE_STATUSES,
  type ResourceKind,
  type ResourceStatus,
} from '../resource/resource-kinds';

/** `a,b` and `x=a&x=b` both give a list, as in the other searches. */
const commaList = ({ value }: { value: unknown }) =>
  value === undefined
    ? undefined
    : (Array.isArray(value) ? value : [value])
        .flatMap((item) => (typeof item === 'string' ? item.split(',') : [item]))
        .map((item) => (typeof item === 'string' ? item.trim() : item))
        .filter((item) => item !== '');

const listParam = (description: string, example: string) => ({ type: String, description, example });

export class LibrarySearchQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'Free text in any language; typos are forgiven',
    example: 'zigzag kiln',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @StorableText()
  q?: string;

  @ApiPropertyOptional(listParam('Resource kinds (any of them)', 'case-study,guidance'))
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @IsIn(RESOURCE_KINDS, { each: true })
  kind?: ResourceKind[];

  @ApiPropertyOptional(listParam('Pollutant ids (any of them)', 'pm2.5'))
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @InTaxonomy('pollutants')
  pollutants?: string[];

  @ApiPropertyOptional(listParam('Sector or sub-sector ids (any of them)', 'industry'))
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
  countries?: string[];

  @ApiPropertyOptional(listParam('Category or category group ids (any of them)', 'monitoring'))
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @InTaxonomy('categoriesOrGroups')
  categories?: string[];
}

export class LibraryListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: RESOURCE_STATUSES })
  @IsOptional()
  @IsIn(RESOURCE_STATUSES)
  status?: ResourceStatus;
}

export class RelatedResourcesQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  technologyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  needId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  eventId?: string;
}
