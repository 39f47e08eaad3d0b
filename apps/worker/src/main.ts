import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { exitGracefullyOnSignals, loadConfigOrExit } from '@3ipet/config';
import { ReadinessService } from '@3ipet/health';
import { startHealthServer } from './health-server';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), {
    bufferLogs: true,
    abortOnError: false,
  });
  const logger = app.get(Logger);
  app.useLogger(logger);
  const server = await startHealthServer(
    app.get(ReadinessService),
    config.env.WORKER_HEALTH_PORT,
    config.env.HOST,
  );
  exitGracefullyOnSignals(
    async () => {
      server.close();
      await app.close();
    },
    (message) => logger.log(message),
  );
  logger.log(`3iPET worker running; health on :${config.env.WORKER_HEALTH_PORT}`);
}

main().catch((error) => {
  process.stderr.write(
    `3iPET worker failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
