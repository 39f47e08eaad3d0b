/*
 * HTTP overhead: requests per second of the real api's trivial endpoint (GET /health/live, embedded mode, its own
 * process) as a ratio of a bare Fastify 5 "hello" (its own process), measured alternately in the same run with
 * autocannon (50 connections), with the api logging at info and silent. Goal: ratio >= 0.8x with logging on.
 * Plain node, no jest. Run from the repository root:
 *
 *   rm -rf /tmp/3ipet-http-bench && mkdir -p /tmp/3ipet-http-bench/tools && \
 *   cp tools/register-aliases.js /tmp/3ipet-http-bench/tools/ && \
 *   node_modules/.bin/swc apps/api/src libs bench/http-overhead.bench.ts -d /tmp/3ipet-http-bench/dist \
 *     --config-file .swcrc --quiet && \
 *   NODE_PATH=$PWD/node_modules node_modules/.bin/node -r /tmp/3ipet-http-bench/tools/register-aliases.js \
 *     /tmp/3ipet-http-bench/dist/bench/http-overhead.bench.js
 *
 * A fourth server, bare Fastify sending the four headers every api answer carries besides a bare one (CORP,
 * nosniff, a CSP, the request id), shows how much of the gap those headers are: Node validates and writes each
 * one, and the answer is twice as long.
 *
 * The machine is shared: each round measures every server once (order reversed every other round), the ratio
 * is taken within a round and the median over rounds is printed, with the load average. Besides requests per
 * second it prints each server's CPU time per request (from /proc, less its idle CPU over as long), which other load
 * disturbs much less.
 *
 * A second line times an ordinary Nest route against the same bare Fastify (BENCH_NEST_PATH, default
 * /api/v1/taxonomy: a static 11 kB answer, which the bare server sends too, from the same object), on the api
 * that logs at info: its ratio is the cost of Nest's pipeline (router, guards, interceptors, pipes, filter) and
 * of the app's hooks on a real route, which the probe figure alone would hide. BENCH_NEST_PATH='' skips it.
 *
 * Optional: BENCH_ROUNDS (default 5), BENCH_SECONDS per measurement (default 5), BENCH_PATH (default /health/live),
 * BENCH_PORT (first of four ports, default 18400), BENCH_APP_ENV (extra KEY=VALUE,... for both api servers).
 * Another Nest route with the demo data's small index (the bare server then answers it with the hello):
 *
 *   BENCH_NEST_PATH='/api/v1/technologies/search?q=kiln' BENCH_APP_ENV=SEED_ON_FIRST_START=true node ...
 *
 * The production configuration (PostgreSQL and Redis instead of the embedded database in the api's own thread;
 * the README says where the probe's time goes), on a database migrated first with `npm run db:migrate`:
 *
 *   BENCH_APP_ENV='DATABASE_URL=postgres://postgres@127.0.0.1:5432/ipet_http_bench,REDIS_URL=redis://127.0.0.1:6379,REDIS_PREFIX=ipet-http-bench,RUN_WORKER_IN_API=true' node ...
 */
/* eslint-disable no-restricted-syntax -- a standalone script, outside the app's config */
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { TAXONOMY } from '@3ipet/common';
import { NON_DOCUMENT_CSP } from '../apps/api/src/security-headers';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const PATH = process.env.BENCH_PATH ?? '/health/live';
const NEST_PATH = process.env.BENCH_NEST_PATH ?? '/api/v1/taxonomy';
const TAXONOMY_PATH = '/api/v1/taxonomy';
const PORT = Number(process.env.BENCH_PORT ?? 18_400);
const CONNECTIONS = 50;
const HELLO_ROLE = '--serve-bare-fastify';
const API_MAIN = join(__dirname, '..', 'apps', 'api', 'src', 'main.js');
const ALIASES = join(__dirname, '..', '..', 'tools', 'register-aliases.js');

/** Servers started so far, stopped when the bench fails too. */
const started: ChildProcess[] = [];

interface Server {
  name: string;
  port: number;
  child: ChildProcess;
}

/** What every api answer carries besides a bare one (security-headers.ts, http-extras.ts); a sample request id. */
const API_ANSWER_HEADERS: Record<string, string> = {
  'cross-origin-resource-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
  'x-request-id': '5f0c9a1e2b3d4c5e6f708192',
  'content-security-policy': NON_DOCUMENT_CSP,
};

async function serveBareFastify(port: number, withApiHeaders: boolean): Promise<void> {
  const app = Fastify({ logger: false });
  if (withApiHeaders) {
    app.addHook('onRequest', (_request, reply, done) => {
      void reply.headers(API_ANSWER_HEADERS);
      done();
    });
  }
  app.get(PATH.split('?')[0], async () => ({ status: 'ok' }));
  if (NEST_PATH) {
    const nestPath = NEST_PATH.split('?')[0];
    app.get(nestPath, async () => (nestPath === TAXONOMY_PATH ? TAXONOMY : { status: 'ok' }));
  }
  await app.listen({ port, host: '127.0.0.1' });
  process.stdout.write('listening\n');
}

function extraAppEnv(): Record<string, string> {
  const pairs = (process.env.BENCH_APP_ENV ?? '').split(',').filter(Boolean);
  return Object.fromEntries(pairs.map((pair) => pair.split('=', 2) as [string, string]));
}

async function startApi(name: string, port: number, logLevel: string): Promise<Server> {
  const dataDir = mkdtempSync(join(tmpdir(), '3ipet-http-bench-'));
  const child = spawn(process.execPath, ['-r', ALIASES, API_MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: logLevel,
      SEED_ON_FIRST_START: 'false',
      DATABASE_URL: '',
      REDIS_URL: '',
      MEILI_URL: '',
      ...extraAppEnv(),
    },
    // Logs go to a pipe that is drained, as they would to a log collector.
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  started.push(child);
  child.stdout!.resume();
  child.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  await waitUntilServing(port, child);
  return { name, port, child };
}

async function startBareFastify(port: number, withApiHeaders = false): Promise<Server> {
  const args = [...process.execArgv, __filename, HELLO_ROLE, String(port), withApiHeaders ? 'headers' : ''];
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  started.push(child);
  child.stdout!.resume();
  await waitUntilServing(port, child);
  return { name: withApiHeaders ? "bare Fastify + api's headers" : 'bare Fastify', port, child };
}

async function waitUntilServing(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server on :${port} exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}${PATH}`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server on :${port} did not serve ${PATH} within 240 s`);
}

interface Sample {
  rps: number;
  cpuMicrosPerRequest: number;
  /** The server's own background work with no request (subtracted above), ms of CPU per second. */
  idleCpuMsPerSecond: number;
}

/** User + system CPU time of a process so far, in microseconds (Linux). */
function cpuMicrosOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
  return (ticks * 1_000_000) / 100; // USER_HZ is 100 on Linux
}

/** CPU a server spends per second with no requests (the embedded api's outbox poll, timers), to subtract. */
async function idleCpuMicrosPerSecond(server: Server): Promise<number> {
  const before = cpuMicrosOf(server.child.pid!);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return cpuMicrosOf(server.child.pid!) - before;
}

async function measure(server: Server, seconds: number, path: string): Promise<Sample> {
  const idlePerSecond = await idleCpuMicrosPerSecond(server);
  const cpuBefore = cpuMicrosOf(server.child.pid!);
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}${path}`,
    connections: CONNECTIONS,
    duration: seconds,
  });
  const cpu = Math.max(0, cpuMicrosOf(server.child.pid!) - cpuBefore - idlePerSecond * seconds);
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${server.name} answered ${result.non2xx} non-2xx and ${result.errors} errors`);
  }
  return {
    rps: result.requests.average,
    cpuMicrosPerRequest: cpu / result.requests.total,
    idleCpuMsPerSecond: idlePerSecond / 1000,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

interface Target {
  name: string;
  server: Server;
  path: string;
}

async function main(): Promise<void> {
  const loadAtStart = loadavg();
  const bare = await startBareFastify(PORT);
  const apiInfo = await startApi('api, LOG_LEVEL=info', PORT + 1, 'info');
  const apiSilent = await startApi('api, LOG_LEVEL=silent', PORT + 2, 'silent');
  const bareWithHeaders = await startBareFastify(PORT + 3, true);
  const targets: Target[] = [
    { name: bare.name, server: bare, path: PATH },
    { name: apiInfo.name, server: apiInfo, path: PATH },
    { name: apiSilent.name, server: apiSilent, path: PATH },
    { name: bareWithHeaders.name, server: bareWithHeaders, path: PATH },
  ];
  if (NEST_PATH) {
    targets.push(
      { name: `${bare.name}, Nest path`, server: bare, path: NEST_PATH },
      { name: `${apiInfo.name}, Nest`, server: apiInfo, path: NEST_PATH },
    );
  }
  const samples = new Map<Target, Sample[]>(targets.map((target) => [target, []]));
  try {
    for (const target of targets) await measure(target.server, 1, target.path); // warm-up: JIT, connections
    for (let round = 1; round <= ROUNDS; round++) {
      const order = round % 2 ? targets : [...targets].reverse();
      for (const target of order) {
        const sample = await measure(target.server, SECONDS, target.path);
        samples.get(target)!.push(sample);
        console.log(
          `round ${round}  ${target.name.padEnd(30)} ${sample.rps.toFixed(0).padStart(7)} req/s ` +
            `${sample.cpuMicrosPerRequest.toFixed(1).padStart(6)} µs CPU/request ` +
            `(idle ${sample.idleCpuMsPerSecond.toFixed(0)} ms CPU/s subtracted)`,
        );
      }
    }
  } finally {
    for (const server of [bare, apiInfo, apiSilent, bareWithHeaders]) server.child.kill('SIGTERM');
  }
  console.log(`\n${CONNECTIONS} connections, ${SECONDS} s x ${ROUNDS} rounds, alternating`);
  const report = (baseline: Target, others: Target[]) => {
    const base = samples.get(baseline)!;
    console.log(`GET ${baseline.path}`);
    console.log(
      `  ${baseline.name.padEnd(30)} median ${median(base.map((s) => s.rps))
        .toFixed(0)
        .padStart(7)} req/s ${median(base.map((s) => s.cpuMicrosPerRequest))
        .toFixed(1)
        .padStart(6)} µs CPU/request`,
    );
    for (const target of others) {
      const own = samples.get(target)!;
      const rpsRatio = median(own.map((sample, round) => sample.rps / base[round].rps));
      const cpuRatio = median(
        own.map((sample, round) => base[round].cpuMicrosPerRequest / sample.cpuMicrosPerRequest),
      );
      console.log(
        `  ${target.name.padEnd(30)} median ${median(own.map((s) => s.rps))
          .toFixed(0)
          .padStart(7)} req/s ${median(own.map((s) => s.cpuMicrosPerRequest))
          .toFixed(1)
          .padStart(6)} µs CPU/request  ` +
          `ratio ${rpsRatio.toFixed(2)}x (req/s, median of rounds)  ${cpuRatio.toFixed(2)}x (CPU per request)`,
      );
    }
  };
  report(targets[0], targets.slice(1, 4));
  if (NEST_PATH) report(targets[4], targets.slice(5));
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' / ');
  console.log(`load average (1/5/15 min): at start ${load(loadAtStart)}, at end ${load(loadavg())}`);
}

if (process.argv[2] === HELLO_ROLE) {
  void serveBareFastify(Number(process.argv[3]), process.argv[4] === 'headers');
} else {
  main().catch((error) => {
    console.error(error);
    for (const child of started) child.kill('SIGTERM');
    process.exit(1);
  });
}
