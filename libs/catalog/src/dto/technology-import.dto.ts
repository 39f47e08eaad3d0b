import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { TECHNOLOGY_STATUSES, type TechnologyStatus } from '../technology/technology-status';
import { booleanQuery } from './technology-list.query';

export class ImportQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Admins only: the vendor organisation that gets the drafts',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

/** The JSON form of an import; `text/csv` bodies are streamed instead and may be much larger. */
export class ImportJsonBody {
  @ApiProperty({ description: 'The whole CSV file, header first' })
  @IsString()
  @MaxLength(50 * 1024 * 1024)
  csv!: string;
}

export class ExportQuery {
  @ApiPropertyOptional({ description: "Only the caller's organisation (always so for vendors)" })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({ enum: TECHNOLOGY_STATUSES })
  @IsOptional()
  @IsIn(TECHNOLOGY_STATUSES)
  status?: TechnologyStatus;
}
