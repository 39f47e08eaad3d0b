import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { exitGracefullyOnSignals, loadConfigOrExit } from '@3ipet/config';
import { ReadinessService } from '@3ipet/health';
import { Metrics, metricsAccessRule } from '@3ipet/metrics';
import { startHealthServer } from './health-server';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfigOrExit({}, 'worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), {
    bufferLogs: true,
    abortOnError: false,
  });
  const logger = app.get(Logger);
  app.useLogger(logger);
  const server = await startHealthServer(app.get(ReadinessService), {
    port: config.env.WORKER_HEALTH_PORT,
    host: config.env.HOST,
    metrics: app.get(Metrics),
    metricsAccess: metricsAccessRule(config),
  });
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
