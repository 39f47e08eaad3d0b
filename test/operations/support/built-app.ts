import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { testEnv } from '../../support/env';
import { freePort } from '../../notifications/support/processes';

export { compileWorker as compileApp, freePort } from '../../notifications/support/processes';

const root = join(__dirname, '../../..');

/** A process of the built app (see `compileApp`), with its output kept for assertions and failure messages. */
export interface AppProcess {
  process: ChildProcess;
  output(): string;
  /** The exit code, or the signal that ended it. */
  exited: Promise<number | NodeJS.Signals | null>;
}

/** Fixed, so tokens and seeded passwords stay valid across restarts of one test. */
const BASE_ENV = {
  NODE_ENV: 'development',
  LOG_LEVEL: 'warn',
  SEED_ON_FIRST_START: 'false',
  JWT_SECRET: 'operations-test-secret-of-at-least-32-chars',
};

/** Runs `dist/apps/api/src/<script>` of a compiled app the way the npm scripts do. */
export function runBuilt(
  compiled: string,
  script: string,
  args: string[],
  env: Record<string, string>,
): AppProcess {
  let output = '';
  const child = spawn(
    join(root, 'node_modules/.bin/node'),
    ['-r', join(compiled, 'tools/register-aliases.js'), join(compiled, 'dist/apps/api/src', script), ...args],
    {
      cwd: compiled,
      env: { PATH: testEnv.path, NODE_PATH: join(root, 'node_modules'), ...BASE_ENV, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal)),
  );
  return { process: child, output: () => output, exited };
}

export interface RunningApi extends AppProcess {
  url: string;
}

/** Starts the api on `dataDir` and waits until it answers ready (or fails the test with its output). */
export async function startApi(
  compiled: string,
  dataDir: string,
  env: Record<string, string> = {},
): Promise<RunningApi> {
  const port = await freePort();
  const api = runBuilt(compiled, 'main.js', [], {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    ...env,
  });
  const url = `http://127.0.0.1:${port}`;
  let exitedEarly = false;
  void api.exited.then(() => (exitedEarly = true));
  const deadline = Date.now() + 150_000;
  while (!exitedEarly && Date.now() < deadline) {
    const ready = await fetch(`${url}/health/ready`)
      .then((response) => response.status === 200)
      .catch(() => false);
    if (ready) return { ...api, url };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  api.process.kill('SIGKILL');
  throw new Error(`api on ${dataDir} never became ready:\n${api.output()}`);
}

export async function stopApi(api: AppProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (api.process.exitCode !== null || api.process.signalCode !== null) return;
  api.process.kill(signal);
  await api.exited;
}

export async function call(
  url: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

export const AGENCY = { email: 'ops@agency.example', password: 'an-agency-password-1' };

/** Registers an agency (once per database): its member's access token and the organisation's id. */
export async function registerAgency(url: string): Promise<{ token: string; organizationId: string }> {
  const { status, body } = await call(url, 'POST', '/api/v1/auth/register', {
    ...AGENCY,
    displayName: 'Ops Agency',
    locale: 'en',
    organization: {
      kind: 'agency',
      name: 'Kathmandu Valley Clean Air',
      country: 'NP',
      city: 'Kathmandu',
      sectors: ['industry.brick-kilns'],
      languages: ['en'],
    },
  });
  if (status !== 201) throw new Error(`register answered ${status}: ${JSON.stringify(body)}`);
  const user = body.user as { organizationId: string };
  return { token: body.accessToken as string, organizationId: user.organizationId };
}

export async function logIn(url: string, who: { email: string; password: string } = AGENCY): Promise<string> {
  const { status, body } = await call(url, 'POST', '/api/v1/auth/login', who);
  if (status !== 200) throw new Error(`login answered ${status}: ${JSON.stringify(body)}`);
  return body.accessToken as string;
}

/** One acknowledged write: a draft need whose title carries `n`. */
export function createNeed(
  url: string,
  token: string,
  n: number,
): Promise<{ status: number; body: Record<string, unknown> }> {
  return call(
    url,
    'POST',
    '/api/v1/needs',
    {
      title: `Brick kiln retrofit ${n}`,
      description: `Need number ${n}, written by the operations test.`,
      pollutants: ['pm2.5'],
      sectors: ['industry.brick-kilns'],
      country: 'NP',
      city: 'Bhaktapur',
      deadline: '2100-06-30',
    },
    token,
  );
}

/** Every need title the agency can list. */
export async function listNeedTitles(url: string, token: string): Promise<Set<string>> {
  const titles = new Set<string>();
  for (let page = 1; ; page++) {
    const { status, body } = await call(url, 'GET', `/api/v1/needs?page=${page}&limit=100`, undefined, token);
    if (status !== 200) throw new Error(`listing needs answered ${status}: ${JSON.stringify(body)}`);
    for (const item of body.items as { title: string }[]) titles.add(item.title);
    if (page * 100 >= (body.total as number)) return titles;
  }
}
