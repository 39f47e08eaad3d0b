import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testEnv } from '../support/env';

const root = join(__dirname, '../..');
const node = join(root, 'node_modules/.bin/node');
const apiMain = join(root, 'dist/apps/api/src/main.js');

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

function startApi(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  let output = '';
  const child = spawn(node, ['-r', './tools/register-aliases.js', apiMain], {
    cwd: root,
    env: { PATH: testEnv.path, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** The real thing: the built api as a process, the way `npm start` runs it. */
describe('api process (embedded mode)', () => {
  let dataDir: string;

  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
    dataDir = mkdtempSync(join(tmpdir(), '3ipet-process-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('exits with code 1 and names the problem on bad configuration', async () => {
    const { exited, output } = startApi({ PORT: 'eighty', MEILI_URL: 'http://localhost:7700' });
    expect(await exited).toBe(1);
    expect(output()).toMatch(/PORT/);
    expect(output()).toMatch(/MEILI_MASTER_KEY is required when MEILI_URL is set/);
  });

  it('cold-starts with no services, answers ready and docs, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const startedAt = Date.now();
    const api = startApi({ PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    let ready = false;
    while (!ready && Date.now() - startedAt < 120_000) {
      ready = await fetch(`http://127.0.0.1:${port}/health/ready`)
        .then((response) => response.status === 200)
        .catch(() => false);
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const coldStartMs = Date.now() - startedAt;
    expect({ ready, output: ready ? '' : api.output() }).toEqual({ ready: true, output: '' });
    process.stdout.write(
      `cold start to /health/ready (embedded, first start with seed): ${coldStartMs} ms\n`,
    );

    const docs = await fetch(`http://127.0.0.1:${port}/api/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toMatch(/swagger/i);

    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
  }, 180_000);
});
