import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '@3ipet/common';
import { PROJECT_STAGES, type ProjectStage } from '../pipeline/project-stages';

const booleanQuery = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ProjectListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PROJECT_STAGES })
  @IsOptional()
  @IsIn(PROJECT_STAGES)
  stage?: ProjectStage;

  @ApiPropertyOptional({
    description:
      'Only projects whose stage has not moved for PROJECT_STALL_DAYS (paused and ended never stall)',
  })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean()
  stalled?: boolean;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "Only this need's projects (e.g. to say which one solved it)",
  })
  @IsOptional()
  @IsUUID()
  needId?: string;
}
