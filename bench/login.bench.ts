/*
 * Login throughput (POST /api/v1/auth/login through fastify inject on the embedded api) as a ratio of raw
 * argon2id verification with the same parameters, measured in the same run. Goal: >= 0.8x.
 * Plain node, no jest. Run from the repository root:
 *
 *   rm -rf /tmp/3ipet-login-bench && mkdir -p /tmp/3ipet-login-bench/tools && \
 *   cp tools/register-aliases.js /tmp/3ipet-login-bench/tools/ && \
 *   node_modules/.bin/swc apps/api/src libs bench/login.bench.ts bench/support -d /tmp/3ipet-login-bench/dist \
 *     --config-file .swcrc --quiet && \
 *   NODE_PATH=$PWD/node_modules node_modules/.bin/node -r /tmp/3ipet-login-bench/tools/register-aliases.js \
 *     /tmp/3ipet-login-bench/dist/bench/login.bench.js
 *
 * Optional: BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres to measure on PostgreSQL instead of the
 * embedded database; the bench creates a database of its own there and drops it at the end.
 */
import 'reflect-metadata';
import * as argon2 from 'argon2';
import { loadConfig } from '@3ipet/config';
import { ARGON2_PROFILES, PasswordHasher, User } from '@3ipet/identity';
import { DataSource } from 'typeorm';
import { createApiApp } from '../apps/api/src/bootstrap';
import { onBenchDatabase, print, runBench } from './support/bench-database';

const SLICES = 12;
const SEQUENTIAL = 4;
const CONCURRENT = 16;
const CONCURRENCY = 8;
const EMAIL = 'bench@example.org';
const PASSWORD = 'bench-password-1';

async function run(databaseUrl: string | undefined): Promise<void> {
  const config = loadConfig({
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    PASSWORD_HASH_PROFILE: 'owasp',
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    SEED_ON_FIRST_START: 'false',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const app = await createApiApp(config, { embeddedDataDir: 'memory://', runMigrations: true });
  try {
    const fastify = app.getHttpAdapter().getInstance();
    const hash = await app.get(PasswordHasher).hash(PASSWORD);
    await app.get(DataSource).getRepository(User).insert({
      email: EMAIL,
      displayName: 'Bench Admin',
      passwordHash: hash,
      role: 'admin',
      organizationId: null,
    });

    const login = async () => {
      const response = await fastify.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: JSON.stringify({ email: EMAIL, password: PASSWORD }),
        headers: { 'content-type': 'application/json' },
      });
      if (response.statusCode !== 200)
        throw new Error(`login answered ${response.statusCode}: ${response.body}`);
    };
    const verify = async () => {
      if (!(await argon2.verify(hash, PASSWORD))) throw new Error('argon2.verify failed');
    };
    const rawHash = () => argon2.hash(PASSWORD, { type: argon2.argon2id, ...ARGON2_PROFILES.owasp });

    await sequential(login, 5);
    await sequential(verify, 5);
    const seconds = { seqVerify: 0, seqLogin: 0, conVerify: 0, conLogin: 0, hash: 0 };
    // Many short alternating slices, summed: load from other processes on the machine hits both sides alike.
    for (let slice = 0; slice < SLICES; slice++) {
      seconds.seqVerify += SEQUENTIAL / (await sequential(verify, SEQUENTIAL));
      seconds.seqLogin += SEQUENTIAL / (await sequential(login, SEQUENTIAL));
      seconds.conLogin += CONCURRENT / (await concurrent(login, CONCURRENT, CONCURRENCY));
      seconds.conVerify += CONCURRENT / (await concurrent(verify, CONCURRENT, CONCURRENCY));
      seconds.hash += 1 / (await sequential(rawHash, 1));
    }
    const rate = (operations: number, spent: number) => (operations * SLICES) / spent;
    const seq = { verify: rate(SEQUENTIAL, seconds.seqVerify), login: rate(SEQUENTIAL, seconds.seqLogin) };
    const con = { verify: rate(CONCURRENT, seconds.conVerify), login: rate(CONCURRENT, seconds.conLogin) };
    const { memoryCost, timeCost, parallelism } = ARGON2_PROFILES.owasp;
    print(
      `argon2id m=${memoryCost} KiB, t=${timeCost}, p=${parallelism}; database: ${config.databaseDriver}`,
    );
    print(`raw argon2.hash, sequential: ${rate(1, seconds.hash).toFixed(1)} ops/s`);
    print(
      `sequential:          raw verify ${seq.verify.toFixed(1)} ops/s, login ${seq.login.toFixed(1)} ops/s`,
    );
    print(
      `concurrent (x${CONCURRENCY}): raw verify ${con.verify.toFixed(1)} ops/s, login ${con.login.toFixed(1)} ops/s`,
    );
    print(`RATIO sequential login/verify: ${(seq.login / seq.verify).toFixed(2)}x (goal >= 0.80x)`);
    print(`RATIO concurrent login/verify: ${(con.login / con.verify).toFixed(2)}x (goal >= 0.80x)`);
  } finally {
    await app.close();
  }
}

/** Operations per second, one after another. */
async function sequential(operation: () => Promise<unknown>, count: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < count; i++) await operation();
  return count / ((performance.now() - started) / 1000);
}

/** Operations per second with `width` in flight at once. */
async function concurrent(operation: () => Promise<unknown>, count: number, width: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) {
        next++;
        await operation();
      }
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

runBench('login', () => onBenchDatabase('login', run));
