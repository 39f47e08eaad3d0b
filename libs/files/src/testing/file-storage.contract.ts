import { randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { FileStorage, InvalidStorageKeyError, StoredObjectNotFoundError } from '../storage/file-storage.port';

/** A stream that yields `chunks` and then fails, as a client dropping mid-upload does. */
function failingStream(chunks: Buffer[]): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent < chunks.length) this.push(chunks[sent++]);
      else this.destroy(new Error('client went away'));
    },
  });
}

/** The behaviour every FileStorage adapter shares, run against each of them. */
export function describeFileStorageContract(
  name: string,
  make: () => Promise<FileStorage>,
  cleanUp: () => Promise<void> = async () => undefined,
): void {
  describe(`FileStorage contract: ${name}`, () => {
    let storage: FileStorage;
    const key = () => `contract/${randomUUID()}`;

    beforeAll(async () => {
      storage = await make();
    });
    afterAll(async () => {
      await storage.close();
      await cleanUp();
    });

    it('gives back exactly the bytes it was given, and their size', async () => {
      const bytes = randomBytes(70_000);
      const where = key();
      expect(
        await storage.put(where, Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]), 'image/png'),
      ).toEqual({
        size: 70_000,
      });
      expect(await storage.head(where)).toEqual({ size: 70_000 });
      expect((await buffer(await storage.get(where))).equals(bytes)).toBe(true);
    });

    it('streams an object larger than one upload part', async () => {
      const chunk = randomBytes(1024 * 1024);
      const where = key();
      const chunks = Array.from({ length: 10 }, () => chunk);
      await storage.put(where, Readable.from(chunks), 'application/pdf');
      const read = await buffer(await storage.get(where));
      expect(read.length).toBe(10 * 1024 * 1024);
      expect(read.subarray(9 * 1024 * 1024).equals(chunk)).toBe(true);
    });

    it('answers null and not-found for a key it does not hold', async () => {
      const where = key();
      expect(await storage.head(where)).toBeNull();
      await expect(storage.get(where)).rejects.toBeInstanceOf(StoredObjectNotFoundError);
    });

    it('deletes, and deleting again or deleting a missing key is no error', async () => {
      const where = key();
      await storage.put(where, Readable.from([Buffer.from('%PDF-1.7')]), 'application/pdf');
      await storage.delete(where);
      expect(await storage.head(where)).toBeNull();
      await expect(storage.delete(where)).resolves.toBeUndefined();
    });

    it('keeps nothing of a stream that fails midway', async () => {
      const where = key();
      await expect(
        storage.put(where, failingStream([randomBytes(64 * 1024), randomBytes(64 * 1024)]), 'image/png'),
      ).rejects.toThrow();
      expect(await storage.head(where)).toBeNull();
    });

    it('refuses keys that could leave its space', async () => {
      for (const bad of ['../escape', '/absolute', 'a/../../b', 'a//b', 'dot.file', '', 'a\\b', 'a/./b']) {
        await expect(
          storage.put(bad, Readable.from([Buffer.from('x')]), 'text/plain'),
        ).rejects.toBeInstanceOf(InvalidStorageKeyError);
        await expect(storage.head(bad)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      }
    });
  });
}
