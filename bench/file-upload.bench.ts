/*
 * Upload throughput and memory: a 20 MB PDF streamed as multipart/form-data over a real socket through
 * POST /api/v1/files (content check, SHA-256, size limit, quota, row) to the local-disk adapter, as a ratio of the
 * same request body sent to a bare node:http server that pipes it to a file (a plain stream copy to disk through the
 * same transport), alternating, in the same run. Goal: ≥ 0.5×. Also the pure in-process stream copy to disk, and the
 * peak RSS growth of this process (client and server both live here) while uploads run: flat means far below the
 * bytes uploaded, i.e. no upload is ever held in memory whole. Plain node, no jest. Run from the repository root:
 *
 *   rm -rf /tmp/3ipet-upload-bench && mkdir -p /tmp/3ipet-upload-bench/tools && \
 *   cp tools/register-aliases.js /tmp/3ipet-upload-bench/tools/ && \
 *   node_modules/.bin/swc apps/api/src libs bench/file-upload.bench.ts bench/support -d /tmp/3ipet-upload-bench/dist \
 *     --config-file .swcrc --quiet && \
 *   NODE_PATH=$PWD/node_modules node_modules/.bin/node -r /tmp/3ipet-upload-bench/tools/register-aliases.js \
 *     /tmp/3ipet-upload-bench/dist/bench/file-upload.bench.js
 *
 * Optional: BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres for the rows on PostgreSQL.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { loadConfig } from '@3ipet/config';
import { Organization, SessionService, User } from '@3ipet/identity';
import { createApiApp } from '../apps/api/src/bootstrap';
import { onBenchDatabase, print, runBench } from './support/bench-database';

const FILE_BYTES = 20 * 1024 * 1024;
const CHUNK_BYTES = 64 * 1024;
const ROUNDS = 8;
const BOUNDARY = '----3ipet-bench-boundary';

/** The same random chunk over and over: the body is generated while it is sent, never held whole. */
const CHUNK = randomBytes(CHUNK_BYTES);
const PDF_HEAD = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');

function* multipartBody(): Generator<Buffer> {
  yield Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="bench.pdf"\r\n` +
      `Content-Type: application/pdf\r\n\r\n`,
  );
  yield PDF_HEAD;
  let left = FILE_BYTES - PDF_HEAD.length;
  while (left > 0) {
    const size = Math.min(left, CHUNK_BYTES);
    yield size === CHUNK_BYTES ? CHUNK : CHUNK.subarray(0, size);
    left -= size;
  }
  yield Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
}

function post(port: number, path: string, token?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: {
          'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    outgoing.on('error', reject);
    Readable.from(multipartBody()).pipe(outgoing);
  });
}

/** A bare HTTP server that writes each request body to a file: the baseline. */
async function plainCopyServer(directory: string): Promise<Server> {
  let n = 0;
  const server = createServer((incoming, response) => {
    pipeline(incoming, createWriteStream(join(directory, `plain-${++n}`))).then(
      () => response.end('{}'),
      (error: Error) => response.writeHead(500).end(error.message),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mbPerSecond = (ms: number) => FILE_BYTES / 1e6 / (ms / 1000);

async function run(databaseUrl: string | undefined): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), '3ipet-upload-bench-'));
  const config = loadConfig({
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    SEED_ON_FIRST_START: 'false',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
    DATA_DIR: dataDir,
    FILE_MAX_BYTES: String(25 * 1024 * 1024),
    FILE_QUOTA_BYTES_PER_ORGANIZATION: String(100 * FILE_BYTES),
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const app = await createApiApp(config, {
    embeddedDataDir: 'memory://',
    runMigrations: true,
    webRoot: false,
  });
  const baseline = await plainCopyServer(dataDir);
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const apiPort = (app.getHttpServer().address() as AddressInfo).port;
    const plainPort = (baseline.address() as AddressInfo).port;
    const dataSource = app.get(DataSource);
    const organization = await dataSource.getRepository(Organization).save({
      kind: 'vendor' as const,
      name: 'Bench vendor',
      country: 'CN',
      city: 'Hangzhou',
    });
    const user = await dataSource.getRepository(User).save({
      email: 'bench-vendor@example.org',
      displayName: 'Bench',
      passwordHash: 'x',
      role: 'vendor' as const,
      organizationId: organization.id,
    });
    const { accessToken } = await app.get(SessionService).start(dataSource.manager, user);
    const upload = async () => {
      const status = await post(apiPort, '/api/v1/files', accessToken);
      if (status !== 201) throw new Error(`upload answered ${status}`);
    };
    const plain = async () => {
      const status = await post(plainPort, '/');
      if (status !== 200) throw new Error(`plain copy answered ${status}`);
    };
    const inProcessCopy = () =>
      pipeline(Readable.from(multipartBody()), createWriteStream(join(dataDir, 'in-process')));

    await upload();
    await plain();
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    }, 5);
    const uploadMs: number[] = [];
    const plainMs: number[] = [];
    const copyMs: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      uploadMs.push(await timed(upload));
      plainMs.push(await timed(plain));
      copyMs.push(await timed(inProcessCopy));
    }
    clearInterval(sampler);

    const [up, base, copy] = [median(uploadMs), median(plainMs), median(copyMs)];
    print(
      `${ROUNDS} rounds of a ${FILE_BYTES / 1024 / 1024} MiB file, medians (${databaseUrl ? 'PostgreSQL' : 'PGlite'}):`,
    );
    print(
      `  POST /api/v1/files → local disk   ${up.toFixed(0).padStart(6)} ms  ${mbPerSecond(up).toFixed(0)} MB/s`,
    );
    print(
      `  bare http → pipe to disk          ${base.toFixed(0).padStart(6)} ms  ${mbPerSecond(base).toFixed(0)} MB/s`,
    );
    print(
      `  in-process stream copy to disk    ${copy.toFixed(0).padStart(6)} ms  ${mbPerSecond(copy).toFixed(0)} MB/s`,
    );
    print(`  upload throughput / plain copy through http: ${(base / up).toFixed(2)}× (goal ≥ 0.5×)`);
    print(`  upload throughput / in-process copy:         ${(copy / up).toFixed(2)}×`);
    const growthMb = (rssPeak - rssBefore) / 1024 / 1024;
    print(
      `  peak RSS growth while ${ROUNDS * 3} transfers of 20 MiB ran: ${growthMb.toFixed(1)} MiB ` +
        `(${((ROUNDS * 2 * FILE_BYTES) / 1024 / 1024).toFixed(0)} MiB went through http)`,
    );
  } finally {
    baseline.close();
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

runBench('file-upload', () => onBenchDatabase('files', run));
