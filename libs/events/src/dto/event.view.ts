import { ApiProperty } from '@nestjs/swagger';
import { OrganizationSummary } from '@3ipet/identity';
import type { CapacityEvent } from '../event/capacity-event.entity';
import { EVENT_KINDS, type EventKind } from '../event/event-kinds';
import { toZonedIso } from '../time/zoned-time';

export class EventView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ minimum: 1 }) version!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: EVENT_KINDS }) kind!: EventKind;
  @ApiProperty({
    description: 'Wall-clock time in timeZone, with its offset',
    example: '2026-03-10T09:00:00+05:45',
  })
  startsAt!: string;
  @ApiProperty({ example: '2026-03-11T17:00:00+05:45' }) endsAt!: string;
  @ApiProperty({ example: 'Asia/Kathmandu' }) timeZone!: string;
  @ApiProperty({ type: String, nullable: true }) city!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'NP' }) country!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uri' }) onlineUrl!: string | null;
  @ApiProperty() organiser!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [String] }) countries!: string[];
  @ApiProperty({ type: [String] }) pollutants!: string[];
  @ApiProperty({ type: [String] }) sectors!: string[];
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ format: 'date-time' }) updatedAt!: Date;
}

export class EventPage {
  @ApiProperty({ type: [EventView] }) items!: EventView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}

export class AttendanceView {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ format: 'date-time' }) registeredAt!: Date;
}

export class AttendeeView {
  @ApiProperty({ type: OrganizationSummary }) organization!: OrganizationSummary;
  @ApiProperty({ format: 'date-time' }) registeredAt!: Date;
}

export class AttendeePage {
  @ApiProperty({ type: [AttendeeView] }) items!: AttendeeView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}

export function toEventView(event: CapacityEvent): EventView {
  const { startsAt, endsAt, createdBy: _createdBy, ...rest } = event;
  return {
    ...rest,
    startsAt: toZonedIso(startsAt, event.timeZone),
    endsAt: toZonedIso(endsAt, event.timeZone),
  };
}
