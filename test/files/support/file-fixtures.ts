import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import sharp from 'sharp';
import type { TestApp, TestResponse } from '../../support/app';

const BOUNDARY = '----3ipet-test-boundary-7d1f';

/** A multipart/form-data body with one file part, as a browser's FormData sends it. */
export function multipartBody(
  fileName: string,
  content: Buffer,
  field = 'file',
  declaredType = 'application/octet-stream',
) {
  const head = Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\n` +
      `Content-Type: ${declaredType}\r\n\r\n`,
  );
  return {
    rawBody: Buffer.concat([head, content, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  };
}

export function upload(
  app: TestApp,
  token: string | undefined,
  fileName: string,
  content: Buffer,
): Promise<TestResponse> {
  return app.request({ method: 'POST', url: '/api/v1/files', token, ...multipartBody(fileName, content) });
}

/** A PDF-looking file of about `size` bytes (the header is what content checks read). */
export const pdf = (size = 2_000) =>
  Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n'), randomBytes(size)]);

export const png = (width = 800, height = 600) =>
  sharp({ create: { width, height, channels: 3, background: '#2a7f62' } })
    .png()
    .toBuffer();

export const jpeg = () =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: '#335' } })
    .jpeg()
    .toBuffer();

/**
 * A zip whose one entry inflates from ~50 KB to 50 MB (a zip bomb), named like an office document: such uploads
 * must be refused by their content before anything is stored or unpacked.
 */
export function zipBomb(): Buffer {
  const inflated = Buffer.alloc(50 * 1024 * 1024);
  const deflated = deflateRawSync(inflated);
  const name = Buffer.from('word/document.xml');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(8, 8);
  header.writeUInt32LE(crc32(inflated), 14);
  header.writeUInt32LE(deflated.length, 18);
  header.writeUInt32LE(inflated.length, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name, deflated]);
}

/** Every object the local store holds (temporary files included), as paths under its root. */
export function storedObjects(app: TestApp): string[] {
  const settings = app.db.config.fileStorage;
  if (settings.driver !== 'local') throw new Error('These tests look at the local store');
  try {
    return readdirSync(settings.directory, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export async function fileRowCount(app: TestApp, organizationId: string): Promise<number> {
  const [{ count }] = await app.dataSource.query(
    `SELECT count(*)::int AS count FROM stored_file WHERE organization_id = $1`,
    [organizationId],
  );
  return count;
}
