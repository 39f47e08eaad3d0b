import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { AccessTokenAuthenticator, AccessTokenService } from '@3ipet/identity';
import { BullMqJobQueue, JobQueue } from '@3ipet/queue';
import { DashboardAccess, QUEUE_DASHBOARD_PATH } from './dashboard-access';

/**
 * Serves bull-board at /admin/queues for admins when the queue is BullMQ (the in-process queue has nothing to
 * show). Call before `app.init()`. Returns whether it was mounted.
 */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<boolean> {
  const queue = app.get(JobQueue);
  if (!(queue instanceof BullMqJobQueue)) return false;
  const board = new FastifyAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
  // @bull-board/fastify pins @bull-board/api 9.10.1 while the app has 9.10.2: same interface, distinct
  // declarations.
  const serverAdapter = board as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'];
  createBullBoard({ queues: queue.getQueues().map((each) => new BullMQAdapter(each)), serverAdapter });
  const access = new DashboardAccess(
    app.get(AccessTokenAuthenticator),
    app.get(AccessTokenService).ttlSeconds,
  );
  const plugin = board.registerPlugin() as unknown as (scope: FastifyInstance) => Promise<void>;
  // An encapsulated scope: the hook guards the dashboard's routes and nothing else.
  await app.register(
    async (scope: FastifyInstance) => {
      scope.addHook('onRequest', access.onRequest);
      await scope.register(plugin);
    },
    { prefix: QUEUE_DASHBOARD_PATH },
  );
  return true;
}
