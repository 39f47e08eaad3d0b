// Suites that start a redis-server of their own belong to the Redis leg: they run where Redis is
// available (REDIS_URL set, as in CI), like every other BullMQ leg.
const redisLegSuites = [
  '<rootDir>/test/notifications/worker-kill.e2e.spec.ts',
  '<rootDir>/test/notifications/redis-outage.e2e.spec.ts',
];
// Suites that need PostgreSQL and Redis together (a restore, several processes on one database).
const postgresAndRedisSuites = [
  '<rootDir>/test/outbox/restore-job-ids.e2e.spec.ts',
  '<rootDir>/test/operations/scale-out.e2e.spec.ts',
  '<rootDir>/test/conversations/digest-two-workers.e2e.spec.ts',
  '<rootDir>/test/meetings/reminders-two-workers.e2e.spec.ts',
];

/** @type {import('jest').Config} */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testPathIgnorePatterns: [
    '/node_modules/',
    ...(process.env.REDIS_URL ? [] : redisLegSuites),
    ...(process.env.REDIS_URL && process.env.DATABASE_URL ? [] : postgresAndRedisSuites),
  ],
  testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2023',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
        swcrc: false,
      },
    ],
  },
  moduleNameMapper: {
    '^@3ipet/([^/]+)$': '<rootDir>/libs/$1/src',
    '^@3ipet/([^/]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
  // Generous: booting the api on a fresh database and seeding it takes ~10 s alone but several times that on a
  // loaded machine; a test that hangs still fails.
  testTimeout: 120000,
  // Two workers: most suites wait on timers, databases and child processes as much as on the CPU.
  maxWorkers: 2,
  // A worker keeps every module and transform it has loaded; past a few GB its garbage collection slows every
  // later suite, so a worker that grew past this is replaced between test files.
  workerIdleMemoryLimit: '1GB',
};
