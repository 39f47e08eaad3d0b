import { ListingExpiryService, TechnologyStatus } from '@3ipet/catalog';
import type { TestAdmin, TestMember } from '../../support/factories';
import { CatalogDriver, expectStatus } from './catalog-kit';

export interface ListingRef {
  id: string;
  version: number;
}

/** A fresh listing of `owner` brought into `status` through the API (and the expiry job for `expired`). */
export async function listingIn(
  driver: CatalogDriver,
  status: TechnologyStatus,
  owner: TestMember,
  admin: TestAdmin,
): Promise<ListingRef> {
  if (status === 'draft') return driver.create(owner);
  if (status === 'submitted') return driver.submitted(owner);
  const submitted = await driver.submitted(owner);
  if (status === 'changes_requested') {
    const reason = { reason: 'Add a measured result.' };
    return expectStatus(
      await driver.move(admin, submitted.id, 'request-changes', submitted.version, reason),
      200,
    ).body;
  }
  const published = expectStatus(
    await driver.move(admin, submitted.id, 'publish', submitted.version),
    200,
  ).body;
  if (status === 'published') return published;
  if (status === 'archived') {
    return expectStatus(await driver.move(owner, published.id, 'archive', published.version), 200).body;
  }
  return expireNow(driver, published.id);
}

/** Backdates the listing's confirmation and runs the expiry job. */
export async function expireNow(driver: CatalogDriver, id: string): Promise<ListingRef> {
  await driver.app.dataSource.query(
    `UPDATE technology SET expires_at = now() - interval '1 day' WHERE id = $1`,
    [id],
  );
  await driver.app.app.get(ListingExpiryService).expireDue();
  const [row] = await driver.app.dataSource.query(
    `SELECT id, version, status FROM technology WHERE id = $1`,
    [id],
  );
  if (row.status !== 'expired') throw new Error(`listing ${id} did not expire: ${row.status}`);
  return { id: row.id, version: row.version };
}
