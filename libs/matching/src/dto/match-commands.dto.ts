import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Min, ValidateIf } from 'class-validator';
import { TextField } from '@3ipet/common';
import {
  PARTY_RESPONSES,
  REJECTION_REASONS,
  type PartyResponse,
  type RejectionReason,
} from '../match/match-status';

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
    enum: REJECTION_REASONS,
    description: 'Why: counted in the matching report against the component that scored lowest',
  })
  @IsIn(REJECTION_REASONS)
  reason!: RejectionReason;

  @ApiPropertyOptional({
    maxLength: MATCH_TEXT_LIMIT,
    description:
      'More words for the curators’ record (required when the reason is `other`); the parties never see it',
  })
  @ValidateIf((input: RejectMatchInput) => input.reason === 'other' || input.note !== undefined)
  @TextField(MATCH_TEXT_LIMIT)
  note?: string;
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
