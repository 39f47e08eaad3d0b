import { ApiProperty } from '@nestjs/swagger';
import { OrganizationSummary } from '@3ipet/identity';
import type { CapacityEvent } from '../event/capacity-event.entity';
import { EVENT_KINDS, EVENT_STATUSES, type EventKind, type EventStatus } from '../event/event-kinds';
import { toZonedIso } from '../time/zoned-time';

export class ProgrammeItemView {
  @ApiProperty({
    description: 'Wall-clock time in the event’s timeZone, with its offset',
    example: '2026-03-10T09:30:00+05:45',
  })
  startsAt!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) speaker!: string | null;
}

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
  @ApiProperty({ enum: EVENT_STATUSES, description: 'Drafts are seen by admins only' }) status!: EventStatus;
  @ApiProperty({ description: 'Whether the page lists the registered organisations' })
  showAttendees!: boolean;
  @ApiProperty({ type: [ProgrammeItemView], description: 'In start order' }) programme!: ProgrammeItemView[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt!: Date | null;
  @ApiProperty({ type: String, nullable: true }) cancellationReason!: string | null;
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

export class MyAttendanceView {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ description: "Whether the caller's organisation is registered" }) registered!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) registeredAt!: Date | null;
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
    programme: event.programme.map((item) => ({
      startsAt: toZonedIso(new Date(item.startsAt), event.timeZone),
      title: item.title,
      speaker: item.speaker,
    })),
  };
}
