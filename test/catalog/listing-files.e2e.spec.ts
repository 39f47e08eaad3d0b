import { FileStorage } from '@3ipet/files';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { TestAdmin, TestMember, factories } from '../support/factories';
import { pdf, png, upload } from '../files/support/file-fixtures';
import { CatalogDriver, expectStatus } from './support/catalog-kit';
import { waitForIndexToMatchDatabase } from './support/index-sync';

describe.each(databaseLegs())('listing images and documents (%s)', (leg) => {
  let app: TestApp;
  let driver: CatalogDriver;
  let owner: TestMember;
  let stranger: TestMember;
  let admin: TestAdmin;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    const kit = await factories(app);
    driver = new CatalogDriver(app, kit);
    owner = await kit.newMember('vendor');
    stranger = await kit.newMember('vendor');
    admin = await kit.newAdmin();
  });
  afterAll(() => app?.close());

  const uploaded = async (member: TestMember, name: string, content: Buffer) =>
    expectStatus(await upload(app, member.token, name, content), 201).body as {
      id: string;
      url: string;
      thumbnailUrl: string;
    };
  const attach = (member: TestMember | TestAdmin, listingId: string, fileId: string, role: string) =>
    app.request({
      method: 'POST',
      url: `/api/v1/technologies/${listingId}/files`,
      token: member.token,
      body: { fileId, role },
    });
  const listFiles = (token: string | undefined, listingId: string) =>
    app.request({ method: 'GET', url: `/api/v1/technologies/${listingId}/files`, token });
  const read = (token: string | undefined, url: string) => app.request({ method: 'GET', url, token });

  it('attaches images and documents in order, readable by the vendor and admins only while a draft, by anyone once published', async () => {
    const draft = await driver.create(owner, { title: 'Bag filter with pictures' });
    const photo = await uploaded(owner, 'filter.png', await png());
    const second = await uploaded(owner, 'detail.png', await png(300, 400));
    const sheet = await uploaded(owner, 'datasheet.pdf', pdf());
    expectStatus(await attach(owner, draft.id, sheet.id, 'datasheet'), 200);
    expectStatus(await attach(owner, draft.id, photo.id, 'image'), 200);
    const listed = expectStatus(await attach(owner, draft.id, second.id, 'image'), 200).body;
    expect(
      listed.items.map((item: { file: { id: string }; role: string }) => [item.file.id, item.role]),
    ).toEqual([
      [photo.id, 'image'],
      [second.id, 'image'],
      [sheet.id, 'datasheet'],
    ]);

    for (const file of [photo.url, photo.thumbnailUrl, sheet.url]) {
      expect((await read(owner.token, file)).status).toBe(200);
      expect((await read(admin.token, file)).status).toBe(200);
      expect((await read(undefined, file)).status).toBe(404);
      expect((await read(stranger.token, file)).status).toBe(404);
    }
    expect((await listFiles(undefined, draft.id)).status).toBe(404);
    expect((await listFiles(admin.token, draft.id)).status).toBe(200);

    const submitted = expectStatus(await driver.move(owner, draft.id, 'submit', draft.version), 200).body;
    expectStatus(await driver.move(admin, draft.id, 'publish', submitted.version), 200);
    expect((await listFiles(undefined, draft.id)).body.items).toHaveLength(3);
    const publicPhoto = await read(undefined, photo.url);
    expect(publicPhoto.status).toBe(200);
    expect(publicPhoto.headers['cache-control']).toBe('public, max-age=300');
    expect((await read(undefined, sheet.url)).headers['content-disposition']).toMatch(/^attachment;/);

    await waitForIndexToMatchDatabase(app);
    const hit = (await driver.search('q=pictures')).body.items.find(
      (item: { id: string }) => item.id === draft.id,
    );
    expect(hit.thumbnailUrl).toBe(photo.thumbnailUrl);
    const reordered = await app.request({
      method: 'PUT',
      url: `/api/v1/technologies/${draft.id}/files/order`,
      token: owner.token,
      body: { fileIds: [sheet.id, second.id, photo.id] },
    });
    expect(
      expectStatus(reordered, 200).body.items.map((item: { file: { id: string } }) => item.file.id),
    ).toEqual([second.id, photo.id, sheet.id]);
    const hitAfter = (await driver.search('q=pictures')).body.items.find(
      (item: { id: string }) => item.id === draft.id,
    );
    expect(hitAfter.thumbnailUrl).toBe(second.thumbnailUrl);
  });

  it('refuses a role that contradicts the file, another organisation’s file, a second attach and strangers', async () => {
    const draft = await driver.create(owner);
    const photo = await uploaded(owner, 'p.png', await png());
    const foreign = await uploaded(stranger, 'theirs.pdf', pdf());
    const wrongRole = await attach(owner, draft.id, photo.id, 'brochure');
    expect(wrongRole.status).toBe(400);
    expect(wrongRole.body.errors[0]).toMatchObject({ field: 'role', rule: 'roleMatchesKind' });
    expect((await attach(owner, draft.id, foreign.id, 'brochure')).status).toBe(404);
    expectStatus(await attach(owner, draft.id, photo.id, 'image'), 200);
    expect((await attach(owner, draft.id, photo.id, 'image')).status).toBe(409);
    expect((await attach(stranger, draft.id, foreign.id, 'brochure')).status).toBe(404);
    expect((await attach(admin, draft.id, photo.id, 'image')).status).toBe(403);
    const badOrder = await app.request({
      method: 'PUT',
      url: `/api/v1/technologies/${draft.id}/files/order`,
      token: owner.token,
      body: { fileIds: [] },
    });
    expect(badOrder.body.errors[0]).toMatchObject({ field: 'fileIds', rule: 'sameFiles' });
  });

  it('detaches a file and keeps it with its organisation', async () => {
    const draft = await driver.create(owner);
    const sheet = await uploaded(owner, 'kept.pdf', pdf());
    expectStatus(await attach(owner, draft.id, sheet.id, 'brochure'), 200);
    const detached = await app.request({
      method: 'DELETE',
      url: `/api/v1/technologies/${draft.id}/files/${sheet.id}`,
      token: owner.token,
    });
    expect(detached.status).toBe(204);
    expect((await listFiles(owner.token, draft.id)).body.items).toEqual([]);
    expect((await read(owner.token, sheet.url)).status).toBe(200);
  });

  it('deletes a listing’s file with its blobs and every link to it in one go', async () => {
    const first = await driver.create(owner);
    const second = await driver.create(owner);
    const photo = await uploaded(owner, 'shared.png', await png());
    expectStatus(await attach(owner, first.id, photo.id, 'image'), 200);
    expectStatus(await attach(owner, second.id, photo.id, 'image'), 200);
    const [row] = await app.dataSource.query(
      `SELECT storage_key, thumbnail_key FROM stored_file WHERE id = $1`,
      [photo.id],
    );

    expect((await app.request({ method: 'DELETE', url: photo.url, token: owner.token })).status).toBe(204);

    const links = await app.dataSource.query(`SELECT * FROM technology_file WHERE file_id = $1`, [photo.id]);
    expect(links).toEqual([]);
    expect((await listFiles(owner.token, first.id)).body.items).toEqual([]);
    const storage = app.app.get(FileStorage);
    expect(await storage.head(row.storage_key)).toBeNull();
    expect(await storage.head(row.thumbnail_key)).toBeNull();
    expect(await app.dataSource.query(`SELECT * FROM file_blob_collection`)).toEqual([]);
  });

  it('drops the links, not the files, when a draft listing is deleted', async () => {
    const draft = await driver.create(owner);
    const sheet = await uploaded(owner, 'survivor.pdf', pdf());
    expectStatus(await attach(owner, draft.id, sheet.id, 'document'), 200);
    expect(
      (await app.request({ method: 'DELETE', url: `/api/v1/technologies/${draft.id}`, token: owner.token }))
        .status,
    ).toBe(204);
    expect(
      await app.dataSource.query(`SELECT * FROM technology_file WHERE file_id = $1`, [sheet.id]),
    ).toEqual([]);
    expect((await read(owner.token, sheet.url)).status).toBe(200);
  });
});
