import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { TextField } from '@3ipet/common';
import { PARTY_RESPONSES, type PartyResponse } from '../match/match-status';

export const MATCH_TEXT_LIMIT = 2000;
const VERSION_DOC = {
  minimum: 1,
  description: 'The version the decision is based on; a stale one answers 409',
};

export class ApproveMatchInput {
  @ApiProperty(VERSION_DOC)
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({
    maxLength: MATCH_TEXT_LIMIT,
    description: 'Why these two should talk; both sides read it',
    example: 'Their zig-zag conversions in Bhaktapur match your kiln cluster.',
  })
  @IsOptional()
  @TextField(MATCH_TEXT_LIMIT)
  note?: string;
}

export class RejectMatchInput {
  @ApiProperty(VERSION_DOC)
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({
    maxLength: MATCH_TEXT_LIMIT,
    description: 'For the curators’ record; the parties never see it',
  })
  @TextField(MATCH_TEXT_LIMIT)
  reason!: string;
}

export class AddMatchInput {
  @ApiProperty({ format: 'uuid', description: 'An open need' })
  @IsUUID()
  needId!: string;

  @ApiProperty({ format: 'uuid', description: 'A published listing' })
  @IsUUID()
  technologyId!: string;

  @ApiPropertyOptional({ maxLength: MATCH_TEXT_LIMIT, description: 'Why the curator adds it' })
  @IsOptional()
  @TextField(MATCH_TEXT_LIMIT)
  note?: string;
}

export class RespondToMatchInput {
  @ApiProperty({ enum: PARTY_RESPONSES })
  @IsIn(PARTY_RESPONSES)
  response!: PartyResponse;

  @ApiPropertyOptional({ maxLength: MATCH_TEXT_LIMIT, description: 'For the other side' })
  @IsOptional()
  @TextField(MATCH_TEXT_LIMIT)
  message?: string;

  @ApiPropertyOptional({ ...VERSION_DOC, description: `${VERSION_DOC.description} (optional here)` })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
