import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EventKind } from './event-kinds';

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

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
