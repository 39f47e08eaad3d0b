import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { InTaxonomy, PageQuery } from '@3ipet/common';
import { NEED_STATUSES, type NeedStatus } from '../need/need-status';

export class NeedListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: NEED_STATUSES })
  @IsOptional()
  @IsIn(NEED_STATUSES)
  status?: NeedStatus;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2', example: 'NP' })
  @IsOptional()
  @IsString()
  @InTaxonomy('countries')
  country?: string;
}
