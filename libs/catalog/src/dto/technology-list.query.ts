import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '@3ipet/common';
import { TECHNOLOGY_STATUSES, type TechnologyStatus } from '../technology/technology-status';

export const booleanQuery = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class TechnologyListQuery extends PageQuery {
  @ApiPropertyOptional({ description: "Only the caller's organisation's listings (always so for vendors)" })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({ enum: TECHNOLOGY_STATUSES, description: 'Admins: `submitted` is the review queue' })
  @IsOptional()
  @IsIn(TECHNOLOGY_STATUSES)
  status?: TechnologyStatus;
}
