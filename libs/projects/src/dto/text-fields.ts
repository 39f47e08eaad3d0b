import { applyDecorators } from '@nestjs/common';
import { IsISO8601, IsString, IsUrl, Matches, MaxLength } from 'class-validator';
import { NotBlank, StorableText } from '@3ipet/common';

/** A short piece of text people type: visible, storable, bounded. */
export const ShortText = (max = 200) =>
  applyDecorators(IsString(), NotBlank(), StorableText(), MaxLength(max));

/** A calendar day, `YYYY-MM-DD`. */
export const CalendarDay = () =>
  applyDecorators(
    IsString(),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a day, YYYY-MM-DD' }),
    IsISO8601({ strict: true }, { message: '$property must be a real calendar day' }),
  );

export const EvidenceUrl = () =>
  applyDecorators(
    IsString(),
    MaxLength(2048),
    StorableText(),
    IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }),
  );
