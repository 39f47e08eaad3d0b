import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { testEnv } from '../../support/env';

const root = join(__dirname, '../../..');

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** A child process whose output is kept for failure messages. */
export interface Child {
  process: ChildProcess;
  output(): string;
  /** The exit code, or the signal that ended it (Nest re-raises SIGTERM after a graceful shutdown). */
  exited: Promise<number | NodeJS.Signals | null>;
}

function startChild(
  command: string,
  args: string[],
  options: { cwd?: string; env: Record<string, string> },
): Child {
  let output = '';
  const child = spawn(command, args, {
    cwd: options.cwd ?? root,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal)),
  );
  return { process: child, output: () => output, exited };
}

/**
 * A redis-server of the test's own on a free port (the shared one is never touched). Append-only file on, as
 * in production (docker-compose): a restarted Redis has the jobs it had when it stopped.
 */
export class OwnRedis {
  private child?: Child;
  private dir?: string;
  port = 0;

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.port ||= await freePort();
    this.dir ??= mkdtempSync(join(tmpdir(), '3ipet-redis-'));
    this.child = startChild(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--dir',
        this.dir,
        '--daemonize',
        'no',
      ],
      { env: { PATH: testEnv.path } },
    );
    await waitForPort(this.port, () => this.child!.output());
  }

  /** SIGTERM: Redis flushes its append-only file and exits, like `redis-cli shutdown`. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child) return;
    child.process.kill('SIGTERM');
    await child.exited;
  }

  async remove(): Promise<void> {
    await this.stop();
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}

async function waitForPort(port: number, output: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => socket.end(() => resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`port ${port} never opened:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The worker app compiled (swc, as `npm run build` does) into a directory of its own, so the test does not
 * depend on — or disturb — a shared dist/. Run it with `startWorker`.
 */
export async function compileWorker(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), '3ipet-worker-'));
  await promisify(execFile)(
    join(root, 'node_modules/.bin/swc'),
    [
      'apps/api/src',
      'apps/worker/src',
      'libs',
      '--config-file',
      '.swcrc',
      '--out-dir',
      join(out, 'dist'),
      '--copy-files',
      '--quiet',
    ],
    { cwd: root },
  );
  mkdirSync(join(out, 'tools'));
  copyFileSync(join(root, 'tools/register-aliases.js'), join(out, 'tools/register-aliases.js'));
  return out;
}

export function startWorker(compiled: string, env: Record<string, string>): Child {
  return startCompiled(compiled, 'worker', env);
}

/** The api app from the same compiled tree (see `compileWorker`). */
export function startApi(compiled: string, env: Record<string, string>): Child {
  return startCompiled(compiled, 'api', env);
}

function startCompiled(compiled: string, app: 'api' | 'worker', env: Record<string, string>): Child {
  return startChild(
    join(root, 'node_modules/.bin/node'),
    ['-r', join(compiled, 'tools/register-aliases.js'), join(compiled, `dist/apps/${app}/src/main.js`)],
    { cwd: compiled, env: { PATH: testEnv.path, NODE_PATH: join(root, 'node_modules'), ...env } },
  );
}
