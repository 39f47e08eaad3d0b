import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EventKind, EventStatus } from './event-kinds';

/** One item of an event's programme, as stored: the instant in UTC ISO 8601. */
export interface StoredProgrammeItem {
  startsAt: string;
  title: string;
  speaker: string | null;
}

/**
 * A capacity-building or information-sharing event (workshop, conference, webinar, delegation).
 * Table `event`, created by migration Events1764720000000; named so it does not shadow the DOM `Event`.
 */
@Entity('event')
export class CapacityEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Optimistic lock: every edit names the version it was based on. */
  @Column('integer')
  version!: number;

  @Column('text')
  title!: string;

  @Column('text')
  kind!: EventKind;

  @Column('timestamptz')
  startsAt!: Date;

  @Column('timestamptz')
  endsAt!: Date;

  /** IANA name of the zone the times are meant in (what calendars show them in). */
  @Column('text')
  timeZone!: string;

  @Column('text', { nullable: true })
  city!: string | null;

  /** ISO 3166-1 alpha-2 of the venue. */
  @Column('text', { nullable: true })
  country!: string | null;

  @Column('text', { nullable: true })
  onlineUrl!: string | null;

  @Column('text')
  organiser!: string;

  @Column('text')
  description!: string;

  /** Countries the event is about or meant for (beyond the venue's). */
  @Column('text', { array: true })
  countries!: string[];

  @Column('text', { array: true })
  pollutants!: string[];

  @Column('text', { array: true })
  sectors!: string[];

  /** Drafts are seen by admins only; a cancelled event stays visible, with its reason, but takes no registrations. */
  @Column('text')
  status!: EventStatus;

  /** Whether the public page lists the registered organisations. */
  @Column('boolean')
  showAttendees!: boolean;

  /** Ordered by start time (migration EventPages1765530000000). */
  @Column('jsonb')
  programme!: StoredProgrammeItem[];

  @Column('timestamptz', { nullable: true })
  cancelledAt!: Date | null;

  @Column('text', { nullable: true })
  cancellationReason!: string | null;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
