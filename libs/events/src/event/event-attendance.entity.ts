import { CreateDateColumn, Column, Entity, PrimaryColumn } from 'typeorm';

/** An organisation's registration for an event. Table created by migration Events1764720000000. */
@Entity('event_attendance')
export class EventAttendance {
  @PrimaryColumn('uuid')
  eventId!: string;

  @PrimaryColumn('uuid')
  organizationId!: string;

  @Column('uuid', { nullable: true })
  registeredBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
