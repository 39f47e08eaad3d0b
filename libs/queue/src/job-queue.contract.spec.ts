import { describeBullMqDriverBehaviour } from './drivers/bullmq/bullmq-driver.behaviour';
import { describeJobQueueContract } from './testing/job-queue.contract';
import { deleteKeysWithPrefix, uniqueTestPrefix } from './testing/redis-test-keys';

describeJobQueueContract('inline', ({ concurrency }) => ({ driver: 'inline', concurrency }));

// The one place that reads the environment: the Redis legs run only where a Redis is provided.
// eslint-disable-next-line no-restricted-syntax
const redisUrl = process.env.REDIS_URL;

if (redisUrl) {
  const runPrefix = uniqueTestPrefix();
  let contractApps = 0;

  describeJobQueueContract('bullmq', ({ concurrency }) => {
    contractApps += 1;
    return {
      driver: 'bullmq',
      redisUrl,
      prefix: `${runPrefix}-${contractApps}`,
      processJobs: true,
      concurrency,
    };
  });
  describeBullMqDriverBehaviour(redisUrl, runPrefix);

  afterAll(async () => {
    await deleteKeysWithPrefix(redisUrl, `${runPrefix}-`);
  });
}
