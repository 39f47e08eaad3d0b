import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { NotBlank, StorableText } from '@3ipet/common';
import { CLOSE_REASONS_BY_PEOPLE, type CloseReasonByPeople } from '../need/need-status';
import { NEED_LIMITS, NeedInput } from './need-input.dto';

const VERSION_DOC = {
  minimum: 1,
  description: 'The version the change is based on; a stale one answers 409',
};

/** Any subset of the need's fields and the version they were read at; `null` clears budget, minTrl, scale or site. */
export class NeedPatch extends PartialType(NeedInput) {
  @ApiProperty(VERSION_DOC)
  @IsInt()
  @Min(1)
  version!: number;
}

/** Fields a patch may set to null; every other field must be left out or given a value. */
export const CLEARABLE_NEED_FIELDS = [
  'budgetMinUsd',
  'budgetMaxUsd',
  'minTrl',
  'unitCount',
  'unitKind',
  'areaName',
  'areaPopulation',
  'areaKm2',
  'gridPower',
  'waterSupply',
  'flowNm3h',
] as const;

export class OpenNeedInput {
  @ApiPropertyOptional({ ...VERSION_DOC, description: `${VERSION_DOC.description} (optional here)` })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class CloseNeedInput extends OpenNeedInput {
  @ApiProperty({
    enum: CLOSE_REASONS_BY_PEOPLE,
    description: '`expired` is set by the platform at the deadline',
  })
  @IsIn(CLOSE_REASONS_BY_PEOPLE)
  reason!: CloseReasonByPeople;

  @ApiPropertyOptional({
    maxLength: NEED_LIMITS.note,
    example: 'Solved with a zig-zag kiln retrofit programme.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(NEED_LIMITS.note)
  @NotBlank()
  @StorableText()
  note?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'With reason `solved`: the project of this need (from a connected match) that solved it',
  })
  @IsOptional()
  @IsUUID()
  solvedByProjectId?: string;
}
