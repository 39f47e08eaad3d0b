import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsInt, IsString, MaxLength, Min } from 'class-validator';
import { LIMITS } from './technology-parts.dto';
import { TechnologyInput } from './technology-input.dto';
import { NotBlank, StorableText } from '@3ipet/common';

export class VersionInput {
  @ApiProperty({ minimum: 1, description: 'The version the change is based on; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version!: number;
}

/** Any subset of the listing's fields, plus the version they were read at. `null` clears an optional field. */
export class TechnologyPatch extends PartialType(TechnologyInput) {
  @ApiProperty({ minimum: 1, description: 'The version the change is based on; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class RequestChangesInput extends VersionInput {
  @ApiProperty({
    maxLength: LIMITS.reason,
    example: 'Please add a measured result for the Bhaktapur project.',
  })
  @IsString()
  @MaxLength(LIMITS.reason)
  @NotBlank()
  @StorableText()
  reason!: string;
}
