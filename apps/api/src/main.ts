import 'reflect-metadata';
import { exitGracefullyOnSignals, loadConfigOrExit } from '@3ipet/config';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfigOrExit({}, 'api');
  const app = await createApiApp(config);
  const log = app.getHttpAdapter().getInstance().log;
  exitGracefullyOnSignals(
    () => app.close(),
    (message) => log.info(message),
  );
  await app.listen({ port: config.env.PORT, host: config.env.HOST });
  log.info(
    { port: config.env.PORT, embedded: config.embedded, startupMs: Date.now() - startedAt },
    `3iPET api listening on http://localhost:${config.env.PORT}`,
  );
}

main().catch((error) => {
  process.stderr.write(
    `3iPET api failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
