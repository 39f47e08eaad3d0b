import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testEnv } from '../support/env';

const root = join(__dirname, '../..');

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** pino writes straight to file descriptor 1, so the request log is checked on a real api process. */
describe('request log (api process, LOG_LEVEL=info)', () => {
  let dataDir: string;
  let api: ChildProcess;
  let output = '';
  let port: number;

  beforeAll(async () => {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
    dataDir = mkdtempSync(join(tmpdir(), '3ipet-request-log-'));
    port = await freePort();
    api = spawn(
      join(root, 'node_modules/.bin/node'),
      ['-r', './tools/register-aliases.js', 'dist/apps/api/src/main.js'],
      {
        cwd: root,
        env: {
          PATH: testEnv.path,
          PORT: String(port),
          HOST: '127.0.0.1',
          DATA_DIR: dataDir,
          LOG_LEVEL: 'info',
          SEED_ON_FIRST_START: 'false',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    api.stdout?.on('data', (chunk) => (output += chunk));
    api.stderr?.on('data', (chunk) => (output += chunk));
    const startedAt = Date.now();
    while (Date.now() - startedAt < 120_000) {
      if ((await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => undefined))?.ok) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`the api did not become ready:\n${output}`);
  }, 180_000);

  afterAll(async () => {
    if (api && api.exitCode === null) {
      const exited = new Promise((resolve) => api.once('exit', resolve));
      api.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  const requestLines = () =>
    output
      .split('\n')
      .filter((line) => line.includes('"request completed"'))
      .map(
        (line) =>
          JSON.parse(line) as { req: { url: string }; requestId: string; res: { statusCode: number } },
      );

  it('logs every request with its id and status, except the health probes', async () => {
    const get = (path: string, requestId: string) =>
      fetch(`http://127.0.0.1:${port}${path}`, { headers: { 'x-request-id': requestId } });
    await get('/health/live', 'probe-live');
    await get('/health/ready', 'probe-ready');
    expect((await get('/api/v1/technologies/search?q=kiln', 'logged-search')).status).toBe(200);
    expect((await get('/api/v1/no-such-route', 'logged-404')).status).toBe(404);
    const deadline = Date.now() + 5000;
    while (requestLines().length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));

    const lines = requestLines();
    expect(lines.map((line) => [line.requestId, line.res.statusCode])).toEqual([
      ['logged-search', 200],
      ['logged-404', 404],
    ]);
    expect(lines[0].req.url).toBe('/api/v1/technologies/search?q=kiln');
  });
});
