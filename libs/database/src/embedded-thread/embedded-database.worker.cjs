'use strict';
/*
 * The embedded PostgreSQL (PGlite, compiled to WASM) in a worker thread of its own, driven by
 * EmbeddedDatabaseThread (embedded-database-thread.ts). Loaded by path, not compiled: plain CommonJS.
 *
 * Requests arrive as { id, op, args } and are answered { id, result } or { id, error } in the order they came.
 * The first message posted is { ready: true } once the database is open, or { failed: error } if it cannot be.
 */
const { Blob } = require('node:buffer');
const { parentPort, workerData } = require('node:worker_threads');

/** An Error as plain data (a structured clone keeps only name and message): PostgreSQL's fields kept too. */
function plainError(error) {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  return { ...error, name: error.name, message: error.message, stack: error.stack };
}

/** Owns the bytes it hands over, so they can be transferred, not copied. */
function ownedBuffer(bytes) {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy;
}

async function open() {
  const { PGlite } = require('@electric-sql/pglite');
  const { pgcrypto } = require('@electric-sql/pglite/contrib/pgcrypto');
  const { dataDir, loadDataDir } = workerData;
  return PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir: new Blob([loadDataDir]) } : {}),
    extensions: { pgcrypto },
  });
}

async function dump(db, compression) {
  const bytes = new Uint8Array(await (await db.dumpDataDir(compression)).arrayBuffer());
  return { result: bytes, transfer: [bytes.buffer] };
}

async function answer(db, op, args) {
  switch (op) {
    case 'protocol': {
      const bytes = await db.execProtocolRaw(args[0]);
      const owned = ownedBuffer(bytes);
      return { result: owned, transfer: [owned.buffer] };
    }
    case 'query':
      return { result: await db.query(args[0], args[1]) };
    case 'exec':
      return { result: await db.exec(args[0]) };
    case 'isInTransaction':
      return { result: db.isInTransaction() };
    case 'dumpDataDir':
      return dump(db, args[0]);
    case 'backup':
      // Between two statements of the app (requests are served one at a time): a CHECKPOINT is never run inside
      // the app's open transaction.
      if (!db.isInTransaction()) await db.exec('CHECKPOINT');
      return dump(db, 'gzip');
    case 'close':
      await db.close();
      return { result: undefined };
    default:
      throw new Error(`unknown embedded database request "${op}"`);
  }
}

open().then(
  (db) => {
    // One request at a time, in order: PGlite is a single session.
    let queue = Promise.resolve();
    parentPort.on('message', ({ id, op, args }) => {
      queue = queue.then(async () => {
        try {
          const { result, transfer } = await answer(db, op, args);
          parentPort.postMessage({ id, result }, transfer ?? []);
        } catch (error) {
          parentPort.postMessage({ id, error: plainError(error) });
        }
        if (op === 'close') parentPort.close();
      });
    });
    parentPort.postMessage({ ready: true });
  },
  (error) => parentPort.postMessage({ failed: plainError(error) }),
);
