import { ApiProperty } from '@nestjs/swagger';
import { OrganizationSummary } from '@3ipet/identity';
import { PLACE_KINDS, type PlaceKind } from './meeting-inputs.dto';

export const MEETING_STATUSES = ['requested', 'accepted', 'declined', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export class PlaceView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PLACE_KINDS }) kind!: PlaceKind;
  @ApiProperty({ type: String, nullable: true, format: 'uri' }) url!: string | null;
}

export class BookingSettingsView {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() open!: boolean;
  @ApiProperty({ description: 'In the event’s zone, with offset', example: '2026-03-10T10:00:00+05:45' })
  windowStart!: string;
  @ApiProperty({ example: '2026-03-10T17:00:00+05:45' }) windowEnd!: string;
  @ApiProperty({ example: 'Asia/Kathmandu' }) timeZone!: string;
  @ApiProperty() slotMinutes!: number;
  @ApiProperty() perOrganizationLimit!: number;
  @ApiProperty({ type: [PlaceView] }) places!: PlaceView[];
  @ApiProperty({ type: [String], description: 'Every slot start of the grid, in the event’s zone' })
  slots!: string[];
  @ApiProperty() version!: number;
}

export class AvailabilityView {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({
    type: [String],
    description: 'Slot starts the organisation can meet at, in the event’s zone; empty means any slot',
  })
  slots!: string[];
}

export class FeedbackView {
  @ApiProperty({ type: Boolean, nullable: true }) useful!: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true }) followUpPlanned!: boolean | null;
}

export class MeetingView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ enum: MEETING_STATUSES }) status!: MeetingStatus;
  @ApiProperty({ type: OrganizationSummary }) requester!: OrganizationSummary;
  @ApiProperty({ type: OrganizationSummary }) invitee!: OrganizationSummary;
  @ApiProperty() message!: string;
  @ApiProperty({ type: String, nullable: true, description: 'In the event’s zone, with offset' })
  startsAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) endsAt!: string | null;
  @ApiProperty({ type: PlaceView, nullable: true }) place!: PlaceView | null;
  @ApiProperty() scheduledByOrganiser!: boolean;
  @ApiProperty({ type: FeedbackView }) requesterFeedback!: FeedbackView;
  @ApiProperty({ type: FeedbackView }) inviteeFeedback!: FeedbackView;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt!: Date | null;
}

export class MeetingList {
  @ApiProperty({ type: [MeetingView] }) items!: MeetingView[];
}

export class ParticipantView {
  @ApiProperty({ type: OrganizationSummary }) organization!: OrganizationSummary;
  @ApiProperty({ type: [String] }) sectors!: string[];
  @ApiProperty({ type: [String] }) pollutants!: string[];
  @ApiProperty({ description: 'The caller’s organisation and this one are the two sides of a match' })
  sharedMatch!: boolean;
  @ApiProperty({
    enum: [...MEETING_STATUSES, 'none'],
    description: 'Where a meeting between the two stands (an open one first)',
  })
  meetingStatus!: MeetingStatus | 'none';
}

export class ParticipantPage {
  @ApiProperty({ type: [ParticipantView] }) items!: ParticipantView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}

export class AgendaItem {
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() eventTitle!: string;
  @ApiProperty({ example: 'Asia/Kathmandu' }) eventTimeZone!: string;
  @ApiProperty({ description: 'In the event’s zone', example: '2026-03-10T10:00:00+05:45' })
  startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty({ description: 'In the zone asked for', example: '2026-03-10T12:15:00+08:00' })
  localStartsAt!: string;
  @ApiProperty() localEndsAt!: string;
  @ApiProperty({ type: OrganizationSummary }) with!: OrganizationSummary;
  @ApiProperty({ type: PlaceView }) place!: PlaceView;
  @ApiProperty() message!: string;
}

export class AgendaView {
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Asia/Shanghai',
    description: 'The zone of the local times (null: each event’s own)',
  })
  timeZone!: string | null;
  @ApiProperty({ type: [AgendaItem] }) items!: AgendaItem[];
}
