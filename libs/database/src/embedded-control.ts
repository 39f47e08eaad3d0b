import { chmodSync, rmSync } from 'node:fs';
import { type IncomingMessage, type Server, createServer, request } from 'node:http';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite' with { 'resolution-mode': 'import' };

/** The local socket on which the process that holds `DATA_DIR` serves `npm run backup`. */
export const CONTROL_SOCKET_NAME = '3ipet.sock';

export const controlSocketPath = (dataDir: string) => join(dataDir, CONTROL_SOCKET_NAME);

/** Unix socket paths are limited to about 104-108 bytes depending on the OS. */
const MAX_SOCKET_PATH_BYTES = 100;

/** Whether a process holding `dataDir` can serve backups on its socket (the path must be short enough). */
export const controlSocketFits = (dataDir: string) =>
  Buffer.byteLength(controlSocketPath(dataDir)) <= MAX_SOCKET_PATH_BYTES;

/**
 * A backup of the open embedded database, taken between two statements: PGlite runs one statement at a time,
 * and a transaction still open at that moment is not in the copy (it rolls back when the copy starts), so the
 * copy is what a crash at that instant would have left — every committed write, nothing half-done.
 */
export async function dumpEmbeddedDatabase(pglite: PGlite): Promise<Buffer> {
  // PGlite is one session shared with the app: never run a statement inside the app's open transaction.
  if (!pglite.isInTransaction()) await pglite.exec('CHECKPOINT');
  const tarball = await pglite.dumpDataDir('gzip');
  return Buffer.from(await tarball.arrayBuffer());
}

/**
 * Serves `GET /backup` on a Unix socket inside `dataDir` (owner-only, mode 0600): whoever may read the socket
 * may read the database files anyway, so it needs no other credential. Only the lock holder calls this, so a
 * socket file found here was left by a process that died, and is replaced.
 */
export async function serveEmbeddedControl(dataDir: string, pglite: PGlite): Promise<Server | undefined> {
  const path = controlSocketPath(dataDir);
  if (!controlSocketFits(dataDir)) {
    process.emitWarning(
      `${path} is longer than ${MAX_SOCKET_PATH_BYTES} bytes, too long for a Unix socket: ` +
        '`npm run backup` will need this process stopped. Use a shorter DATA_DIR to back up while it runs.',
    );
    return undefined;
  }
  rmSync(path, { force: true });
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/backup') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('only GET /backup is served here\n');
      return;
    }
    dumpEmbeddedDatabase(pglite).then(
      (tarball) =>
        res
          .writeHead(200, { 'content-type': 'application/gzip', 'content-length': tarball.length })
          .end(tarball),
      (error: unknown) =>
        res.writeHead(500, { 'content-type': 'text/plain' }).end(`backup failed: ${String(error)}\n`),
    );
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    // Some file systems (network shares, some container mounts) cannot hold a socket: the database still serves.
    process.emitWarning(
      `cannot listen on ${path} (${String(error)}): \`npm run backup\` will need this process stopped.`,
    );
    return undefined;
  }
  chmodSync(path, 0o600);
  server.unref(); // never what keeps a command alive
  return server;
}

export async function closeEmbeddedControl(server: Server | undefined, dataDir: string): Promise<void> {
  if (!server) return;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(controlSocketPath(dataDir), { force: true });
}

/** Asks the process that holds `dataDir` for a backup; undefined when nothing answers on its socket. */
export async function requestBackupFromHolder(dataDir: string): Promise<Buffer | undefined> {
  if (!controlSocketFits(dataDir)) return undefined;
  let response: IncomingMessage;
  try {
    response = await new Promise<IncomingMessage>((resolve, reject) => {
      request({ socketPath: controlSocketPath(dataDir), path: '/backup', method: 'GET' }, resolve)
        .on('error', reject)
        .end();
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ECONNREFUSED') return undefined;
    throw error;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  if (response.statusCode !== 200) throw new Error(body.toString('utf8').trim());
  return body;
}
