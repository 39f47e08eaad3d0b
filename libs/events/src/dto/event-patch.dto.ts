import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { EventInput } from './event-input.dto';

/** Any subset of the event's fields and the version they were read at; `null` clears city, country or onlineUrl. */
export class EventPatch extends PartialType(EventInput) {
  @ApiProperty({ minimum: 1, description: 'The version the change is based on; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version!: number;
}

/** Fields a patch may set to null; every other field must be left out or given a value. */
export const CLEARABLE_EVENT_FIELDS = ['city', 'country', 'onlineUrl'] as const;
