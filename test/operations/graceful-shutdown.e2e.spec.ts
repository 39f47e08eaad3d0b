import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROBLEM_CONTENT_TYPE } from '@3ipet/common';
import { loadConfig } from '@3ipet/config';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { drainHttp } from '../../apps/api/src/graceful-http-close';
import { type Child, compileWorker, freePort, startApi } from '../notifications/support/processes';
import { migratedPgliteTemplate } from '../support/pglite-template';

const IN_FLIGHT = 8;

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

/**
 * A login whose body arrives in two halves: `finish()` sends the second, so the test decides when the
 * request can end. Resolves with the answer, or rejects when the connection is reset.
 */
function slowLogin(port: number, index: number) {
  const body = JSON.stringify({ email: `nobody-${index}@example.org`, password: 'not-the-password-1' });
  let finish = () => {};
  const answered = new Promise<Answer>((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/v1/auth/login',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers['content-type']),
            body: text,
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.write(body.slice(0, 10));
    finish = () => request.end(body.slice(10));
  });
  return { answered, finish: () => finish() };
}

describe('api shutdown on SIGTERM (embedded, a real process)', () => {
  let compiled: string;
  let dataDir: string;
  let api: Child | undefined;

  beforeAll(async () => {
    compiled = await compileWorker();
    dataDir = mkdtempSync(join(tmpdir(), '3ipet-shutdown-'));
  }, 120_000);
  afterAll(() => {
    api?.process.kill('SIGKILL');
    rmSync(compiled, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers every request in flight, logs shutting down and stopped, and exits 0', async () => {
    const port = await freePort();
    api = startApi(compiled, {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_ON_FIRST_START: 'false',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      LOG_LEVEL: 'info',
    });
    const deadline = Date.now() + 120_000;
    let ready = false;
    while (!ready && Date.now() < deadline) {
      ready = await fetch(`http://127.0.0.1:${port}/health/ready`)
        .then((response) => response.ok)
        .catch(() => false);
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect({ ready, output: ready ? '' : api.output() }).toEqual({ ready: true, output: '' });

    const logins = Array.from({ length: IN_FLIGHT }, (_, i) => slowLogin(port, i));
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Sent just before the signal: some may still wait in the listen backlog when it arrives.
    const lastMoment = Array.from({ length: 2 * IN_FLIGHT }, (_, i) => slowLogin(port, IN_FLIGHT + i));
    for (const login of lastMoment) login.finish();
    await new Promise((resolve) => setTimeout(resolve, 150));
    api.process.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const login of logins) login.finish();
    const outcome = async (answered: Promise<Answer>) =>
      answered.then(
        (answer) =>
          answer.status === 503 ? `503 ${answer.contentType.split(';')[0]}` : String(answer.status),
        (error: NodeJS.ErrnoException) => error.code ?? error.message,
      );
    const inFlight = await Promise.all(logins.map((login) => outcome(login.answered)));
    const justBefore = await Promise.all(lastMoment.map((login) => outcome(login.answered)));

    const allAnswered =
      inFlight.every((s) => s === '401') &&
      justBefore.every((s) => s === '401' || s === `503 ${PROBLEM_CONTENT_TYPE}`);
    expect({ inFlight, justBefore, output: allAnswered ? '' : api.output() }).toEqual({
      inFlight: Array(IN_FLIGHT).fill('401'),
      justBefore: justBefore.map((s) => (s === `503 ${PROBLEM_CONTENT_TYPE}` ? s : '401')),
      output: '',
    });
    expect(await api.exited).toBe(0);
    expect(api.output()).toMatch(/"msg":"3iPET api listening on/);
    expect(api.output()).toMatch(/SIGTERM received: shutting down/);
    expect(api.output()).toMatch(/"msg":"stopped"/);
  }, 180_000);
});

describe('api while it drains (in-process)', () => {
  it('answers a request that still arrives with a 503 problem', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), '3ipet-drain-'));
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir });
    const app = await createApiApp(config, { embeddedDataDir: `memory://${await migratedPgliteTemplate()}` });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const fastify = app.getHttpAdapter().getInstance();
      await drainHttp(fastify);
      const response = await fastify.inject({ method: 'GET', url: '/api/v1/technologies' });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(response.headers.connection).toBe('close');
      expect(response.json()).toMatchObject({ status: 503, title: 'Service Unavailable' });
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
