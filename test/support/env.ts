// The test harness is the one place outside libs/config that reads the environment:
// it decides which legs run (a leg per configured service).
export const testEnv = {
  databaseUrl: process.env.DATABASE_URL || undefined,
  redisUrl: process.env.REDIS_URL || undefined,
  meiliUrl: process.env.MEILI_URL || undefined,
  meiliKey: process.env.MEILI_MASTER_KEY || undefined,
  path: process.env.PATH ?? '',
  /** `npm run api:types`: rewrite the web client's generated API types instead of checking them. */
  updateApiTypes: process.env.UPDATE_API_TYPES === '1',
};
