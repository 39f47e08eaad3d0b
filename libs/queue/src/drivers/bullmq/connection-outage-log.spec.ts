import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createConnection, createServer } from 'node:net';
import { bootQueueTestApp, type QueueTestApp } from '../../testing/queue-test-app';
import { waitUntil } from '../../testing/wait-until';

/** A redis-server of this suite's own, on a free port, stopped and started again on the same port. */
class OwnRedis {
  private child?: ChildProcess;
  port = 0;

  async start(): Promise<void> {
    this.port ||= await freePort();
    this.child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', ''], {
      stdio: 'ignore',
    });
    await waitUntil(() => portOpen(this.port), `redis-server listens on ${this.port}`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
}

describe('BullMQ driver while Redis is away', () => {
  const redis = new OwnRedis();
  let app: QueueTestApp;

  beforeAll(async () => {
    await redis.start();
    app = await bootQueueTestApp({
      driver: 'bullmq',
      redisUrl: `redis://127.0.0.1:${redis.port}`,
      prefix: 'outage-log',
      processJobs: true,
      concurrency: 2,
      closeTimeoutMs: 2_000,
    });
  });
  afterAll(async () => {
    await app?.moduleRef.close();
    await redis.stop();
  });

  const errors = () => app.logger.lines.filter((line) => line.level === 'error').map((line) => line.message);

  it('tells the outage once, not once per queue and worker for every reconnection attempt, and then its end', async () => {
    await redis.stop();
    // The client retries about every two seconds: several failed tries, each re-emitted by every queue and worker.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(errors()).toEqual([expect.stringMatching(/^Redis connection lost/)]);

    await redis.start();
    await waitUntil(
      () => app.logger.lines.some((line) => /^Redis connection back/.test(line.message)),
      'the end of the outage is told',
    );
    expect(errors()).toHaveLength(1);
  }, 30_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' }, () => socket.end(() => resolve(true)));
    socket.on('error', () => resolve(false));
  });
}
