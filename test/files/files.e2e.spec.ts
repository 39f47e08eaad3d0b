import { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { BlobCollector, FileStorage } from '@3ipet/files';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAdmin, TestMember, factories } from '../support/factories';
import {
  fileRowCount,
  jpeg,
  multipartBody,
  pdf,
  png,
  storedObjects,
  upload,
  zipBomb,
} from './support/file-fixtures';

const MAX_BYTES = 256 * 1024;
const QUOTA_BYTES = 1024 * 1024;

describe.each(databaseLegs())('file uploads and downloads (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let vendor: TestMember;
  let admin: TestAdmin;

  beforeAll(async () => {
    app = await bootTestApp(leg, {
      FILE_MAX_BYTES: String(MAX_BYTES),
      FILE_QUOTA_BYTES_PER_ORGANIZATION: String(QUOTA_BYTES),
    });
    kit = await factories(app);
    vendor = await kit.newMember('vendor');
    admin = await kit.newAdmin();
  });
  afterAll(() => app?.close());

  const get = (url: string, token?: string, headers: Record<string, string> = {}) =>
    app.request({ method: 'GET', url, token, headers });

  it('stores a PDF as a document and serves it as an attachment with its exact bytes', async () => {
    const content = pdf(5_000);
    const created = await upload(app, vendor.token, 'Datasheet 2025.pdf', content);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'document',
      contentType: 'application/pdf',
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      name: 'Datasheet 2025.pdf',
      organizationId: vendor.organizationId,
      thumbnailUrl: null,
    });
    const served = await get(created.body.url, vendor.token);
    expect(served.status).toBe(200);
    expect(served.raw.equals(content)).toBe(true);
    expect(served.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="Datasheet 2025.pdf"; filename*=UTF-8''Datasheet%202025.pdf`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=300',
      etag: `"${created.body.sha256}"`,
    });
    const again = await get(created.body.url, vendor.token, { 'if-none-match': `"${created.body.sha256}"` });
    expect(again.status).toBe(304);
    expect(again.raw.length).toBe(0);
  });

  it('stores an image with a bounded WebP thumbnail and serves both inline, the name RFC 5987-encoded', async () => {
    const created = await upload(app, vendor.token, '除尘器 (ESP).png', await png(1600, 900));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'image', contentType: 'image/png' });
    const served = await get(created.body.url, vendor.token);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['content-disposition']).toBe(
      `inline; filename="___ (ESP).png"; filename*=UTF-8''%E9%99%A4%E5%B0%98%E5%99%A8%20%28ESP%29.png`,
    );
    const thumbnail = await get(created.body.thumbnailUrl, vendor.token);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers['content-type']).toBe('image/webp');
    const { width, height, format } = await sharp(thumbnail.raw).metadata();
    expect({ width, height, format }).toEqual({ width: 320, height: 180, format: 'webp' });
    expect((await upload(app, vendor.token, 'photo.JPG', await jpeg())).body.contentType).toBe('image/jpeg');
  });

  it('lets only the organisation and admins read a file no listing shares', async () => {
    const created = (await upload(app, vendor.token, 'private.pdf', pdf())).body;
    expect((await get(created.url, admin.token)).status).toBe(200);
    expect((await get(created.url)).status).toBe(404);
    expect((await get(created.url, (await kit.newMember('vendor')).token)).status).toBe(404);
    expect((await get(created.url, (await kit.newMember('agency')).token)).status).toBe(404);
    expect((await get('/api/v1/files/00000000-0000-4000-8000-000000000000', vendor.token)).status).toBe(404);
    expect((await get('/api/v1/files/not-a-uuid', vendor.token)).status).toBe(400);
  });

  it('leaves the JSON parser and the security headers as they were', async () => {
    const created = await upload(app, vendor.token, 'headers.pdf', pdf());
    expect(created.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(created.headers['x-request-id']).toBeTruthy();
    const multipartElsewhere = await app.request({
      method: 'POST',
      url: '/api/v1/technologies',
      token: vendor.token,
      ...multipartBody('listing.pdf', pdf()),
    });
    expect(multipartElsewhere.status).toBe(400);
    const json = await app.request({
      method: 'POST',
      url: '/api/v1/technologies',
      token: vendor.token,
      body: {},
    });
    expect(json.status).toBe(400);
    expect(json.body.errors.map((error: { field: string }) => error.field)).toContain('title');
  });

  it('lets only vendors upload', async () => {
    expect((await upload(app, undefined, 'a.pdf', pdf())).status).toBe(401);
    expect((await upload(app, (await kit.newMember('agency')).token, 'a.pdf', pdf())).status).toBe(403);
    expect((await upload(app, admin.token, 'a.pdf', pdf())).status).toBe(403);
  });

  describe('refusals store nothing and name the rule', () => {
    let uploader: TestMember;
    beforeAll(async () => {
      uploader = await kit.newMember('vendor');
    });

    async function expectRefused(name: string, content: Buffer, status: number, rule: string) {
      const before = storedObjects(app).length;
      const answer = await upload(app, uploader.token, name, content);
      expect({ name, status: answer.status }).toEqual({ name, status });
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answer.body.errors.map((error: { rule: string }) => error.rule)).toContain(rule);
      expect(storedObjects(app)).toHaveLength(before);
      expect(await fileRowCount(app, uploader.organizationId)).toBe(0);
      const [{ pending }] = await app.dataSource.query(
        `SELECT count(*)::int AS pending FROM file_blob_collection`,
      );
      expect(pending).toBe(0);
      return answer;
    }

    it('refuses content that is not an accepted type, whatever its name says', async () => {
      const html = Buffer.from('<html><script>alert(1)</script></html>'.repeat(200));
      const answer = await expectRefused('brochure.pdf', html, 415, 'acceptedContentType');
      expect(answer.body.detail).toMatch(/accepted: PDF, PNG, JPEG or WebP/);
      await expectRefused('report.docx', zipBomb(), 415, 'acceptedContentType');
      await expectRefused('tiny.pdf', Buffer.from('%P'), 415, 'acceptedContentType');
    });

    it('refuses an accepted content behind the name of another type', async () => {
      const answer = await expectRefused('datasheet.pdf', await png(), 415, 'extensionMatchesContent');
      expect(answer.body.detail).toMatch(/named \.pdf but its content is image\/png/);
    });

    it('refuses a file over FILE_MAX_BYTES, however it is cut into chunks', async () => {
      const answer = await expectRefused('big.pdf', pdf(MAX_BYTES), 413, 'maxBytes');
      expect(answer.body.detail).toMatch(/FILE_MAX_BYTES/);
    });

    it('refuses names that are paths or hide characters', async () => {
      for (const name of [
        '../../etc/passwd.pdf',
        'dir/inner.pdf',
        '..\\\\up.pdf',
        '.htaccess',
        'a\u202egpj.pdf',
      ]) {
        await expectRefused(name, pdf(), 400, 'safeFileName');
      }
    });

    it('refuses an image that cannot be decoded', async () => {
      const broken = Buffer.concat([(await png()).subarray(0, 200), Buffer.alloc(5000, 7)]);
      await expectRefused('broken.png', broken, 422, 'decodableImage');
    });

    it('refuses a request without a file part', async () => {
      const json = await app.request({
        method: 'POST',
        url: '/api/v1/files',
        token: uploader.token,
        body: {},
      });
      expect(json.status).toBe(400);
      const answer = await app.request({
        method: 'POST',
        url: '/api/v1/files',
        token: uploader.token,
        ...multipartBody('a.pdf', pdf(), 'attachment'),
      });
      expect(answer.status).toBe(400);
      expect(answer.body.errors[0]).toMatchObject({ field: 'file', rule: 'isMultipartFile' });
    });
  });

  it('keeps each organisation within FILE_QUOTA_BYTES_PER_ORGANIZATION, storing nothing past it', async () => {
    const member = await kit.newMember('vendor');
    const size = 240 * 1024;
    for (let n = 0; n < 4; n += 1)
      expect((await upload(app, member.token, `part-${n}.pdf`, pdf(size))).status).toBe(201);
    const before = storedObjects(app).length;
    const refused = await upload(app, member.token, 'one-too-many.pdf', pdf(size));
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ quotaBytes: QUOTA_BYTES });
    expect(refused.body.errors[0].rule).toBe('quotaPerOrganization');
    expect(storedObjects(app)).toHaveLength(before);
    expect(await fileRowCount(app, member.organizationId)).toBe(4);
    // Another organisation's space is its own.
    expect((await upload(app, (await kit.newMember('vendor')).token, 'fresh.pdf', pdf(size))).status).toBe(
      201,
    );
  });

  it('lets only one of two concurrent uploads take the last room in the quota', async () => {
    const member = await kit.newMember('vendor');
    const size = 240 * 1024;
    for (let n = 0; n < 3; n += 1)
      expect((await upload(app, member.token, `base-${n}.pdf`, pdf(size))).status).toBe(201);
    const racing = await Promise.all([
      upload(app, member.token, 'left.pdf', pdf(size)),
      upload(app, member.token, 'right.pdf', pdf(size)),
    ]);
    expect(racing.map((answer) => answer.status).sort()).toEqual([201, 422]);
    expect(await fileRowCount(app, member.organizationId)).toBe(4);
    const [{ used }] = await app.dataSource.query(
      `SELECT sum(size_bytes)::int AS used FROM stored_file WHERE organization_id = $1`,
      [member.organizationId],
    );
    expect(used).toBeLessThanOrEqual(QUOTA_BYTES);
  });

  it('deletes a file with its thumbnail; a failed blob deletion is left to the sweep, never to a dangling row', async () => {
    const storage = app.app.get(FileStorage);
    const created = (await upload(app, vendor.token, 'gone.png', await png())).body;
    const [row] = await app.dataSource.query(
      `SELECT storage_key, thumbnail_key FROM stored_file WHERE id = $1`,
      [created.id],
    );
    expect(await storage.head(row.thumbnail_key)).not.toBeNull();

    // The store fails as if the process died between the row's deletion and the blob's.
    const realDelete = storage.delete.bind(storage);
    storage.delete = async () => {
      throw new Error('storage unreachable');
    };
    try {
      const deleted = await app.request({ method: 'DELETE', url: created.url, token: vendor.token });
      expect(deleted.status).toBe(204);
    } finally {
      storage.delete = realDelete;
    }
    expect((await get(created.url, vendor.token)).status).toBe(404);
    expect(await storage.head(row.storage_key)).not.toBeNull();
    const pending = await app.dataSource.query(`SELECT storage_key FROM file_blob_collection ORDER BY 1`);
    expect(pending.map((p: { storage_key: string }) => p.storage_key)).toEqual(
      [row.storage_key, row.thumbnail_key].sort(),
    );

    await app.dataSource.query(`UPDATE file_blob_collection SET due_at = now()`);
    expect(await app.app.get(BlobCollector).sweep()).toBe(2);
    expect(await storage.head(row.storage_key)).toBeNull();
    expect(await storage.head(row.thumbnail_key)).toBeNull();
    expect(await app.dataSource.query(`SELECT * FROM file_blob_collection`)).toEqual([]);
  });

  it('collects the object of an upload that died before its row, once the grace is over', async () => {
    const storage = app.app.get(FileStorage);
    const collector = app.app.get(BlobCollector);
    const key = `files/${vendor.organizationId}/crashed-upload`;
    await collector.reserve([key]);
    await storage.put(key, Readable.from([pdf()]), 'application/pdf');
    expect(await collector.sweep()).toBe(0);
    expect(await storage.head(key)).not.toBeNull();
    await app.dataSource.query(`UPDATE file_blob_collection SET due_at = now() WHERE storage_key = $1`, [
      key,
    ]);
    expect(await collector.sweep()).toBe(1);
    expect(await storage.head(key)).toBeNull();
  });

  it('answers 404 to a stranger deleting a file and keeps it', async () => {
    const created = (await upload(app, vendor.token, 'kept.pdf', pdf())).body;
    const stranger = await kit.newMember('vendor');
    expect((await app.request({ method: 'DELETE', url: created.url, token: stranger.token })).status).toBe(
      404,
    );
    expect((await get(created.url, vendor.token)).status).toBe(200);
  });
});
