import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organisation's channel choice; no row means the defaults (everything on). */
@Entity('notification_settings')
export class NotificationSettings {
  @PrimaryColumn('uuid')
  organizationId!: string;

  @Column('boolean')
  emailEnabled!: boolean;

  @Column('boolean')
  webhooksEnabled!: boolean;

  @Column('timestamptz')
  updatedAt!: Date;
}
