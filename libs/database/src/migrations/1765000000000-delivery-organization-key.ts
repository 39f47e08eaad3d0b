import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A delivery's organisation is its notification's, and deleting an organisation already removes its
 * notifications and, through them, their deliveries: this key only cost a lookup per delivery written.
 */
export class DeliveryOrganizationKey1765000000000 implements MigrationInterface {
  name = 'DeliveryOrganizationKey1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE notification_delivery DROP CONSTRAINT notification_delivery_organization_id_fkey`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE notification_delivery ADD CONSTRAINT notification_delivery_organization_id_fkey
         FOREIGN KEY (organization_id) REFERENCES organization (id) ON DELETE CASCADE`,
    );
  }
}
