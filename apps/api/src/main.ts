// First: V8 flags must be set before anything allocates (heap-flags.ts).
import './heap-flags';
import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { exitGracefullyOnSignals, loadConfigOrExit } from '@3ipet/config';
import { createApiApp } from './bootstrap';
import { drainHttp } from './graceful-http-close';

async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfigOrExit({}, 'api');
  const app = await createApiApp(config);
  const logger = app.get(Logger);
  exitGracefullyOnSignals(
    async () => {
      // Requests in flight are answered first, while the database and the queue they use are still open.
      await drainHttp(app.getHttpAdapter().getInstance());
      await app.close();
    },
    (message) => logger.log(message),
  );
  await app.listen({ port: config.env.PORT, host: config.env.HOST });
  logger.log({
    port: config.env.PORT,
    embedded: config.embedded,
    startupMs: Date.now() - startedAt,
    msg: `3iPET api listening on http://localhost:${config.env.PORT}`,
  });
}

main().catch((error) => {
  process.stderr.write(
    `3iPET api failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
