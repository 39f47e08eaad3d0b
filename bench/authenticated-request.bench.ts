/*
 * Cost of the per-request session check (the access token's session must still be live, so that logout and
 * revocation take effect at once): an authenticated GET /api/v1/me through fastify inject on the api, with the
 * check, as a ratio of the same request authenticated the way it was before the check (token + user lookup
 * only), measured in the same run, alternating. Also the authentication step alone, both ways.
 * Plain node, no jest. Run from the repository root:
 *
 *   rm -rf /tmp/3ipet-auth-bench && mkdir -p /tmp/3ipet-auth-bench/tools && \
 *   cp tools/register-aliases.js /tmp/3ipet-auth-bench/tools/ && \
 *   node_modules/.bin/swc apps/api/src libs bench/authenticated-request.bench.ts bench/support -d /tmp/3ipet-auth-bench/dist \
 *     --config-file .swcrc --quiet && \
 *   NODE_PATH=$PWD/node_modules node_modules/.bin/node -r /tmp/3ipet-auth-bench/tools/register-aliases.js \
 *     /tmp/3ipet-auth-bench/dist/bench/authenticated-request.bench.js
 *
 * Optional: BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres to measure on PostgreSQL instead of the
 * embedded database; the bench creates a database of its own there and drops it at the end.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { UnauthorizedProblem } from '@3ipet/common';
import { loadConfig } from '@3ipet/config';
import { AccessTokenAuthenticator, AccessTokenService, SessionService, User } from '@3ipet/identity';
import { createApiApp } from '../apps/api/src/bootstrap';
import { onBenchDatabase, print, runBench } from './support/bench-database';

const SLICES = 20;
const PER_SLICE = 200;
const OTHER_SESSIONS = 5000;

async function run(databaseUrl: string | undefined): Promise<void> {
  const config = loadConfig({
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    SEED_ON_FIRST_START: 'false',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const app = await createApiApp(config, { embeddedDataDir: 'memory://', runMigrations: true });
  try {
    const fastify = app.getHttpAdapter().getInstance();
    const dataSource = app.get(DataSource);
    const user = await dataSource.getRepository(User).save({
      email: 'bench@example.org',
      displayName: 'Bench',
      passwordHash: 'x',
      role: 'admin' as const,
      organizationId: null,
    });
    const { accessToken } = await app.get(SessionService).start(dataSource.manager, user);
    // Other people's sessions, so that the session probe searches a table that is not trivially small.
    await dataSource.query(
      `INSERT INTO refresh_token (user_id, family_id, token_hash, expires_at)
       SELECT $1, gen_random_uuid(), md5(random()::text), now() + interval '30 days'
         FROM generate_series(1, ${OTHER_SESSIONS})`,
      [user.id],
    );

    const authenticator = app.get(AccessTokenAuthenticator);
    const accessTokens = app.get(AccessTokenService);
    const withCheck = authenticator.authenticate.bind(authenticator);
    // The authentication before the session check existed: verify the token, read the user by primary key.
    const withoutCheck = async (token: string) => {
      const { userId } = accessTokens.verify(token);
      const [row]: { id: string; role: 'admin'; organization_id: null; status: string }[] =
        await dataSource.query(`SELECT id, role, organization_id, status FROM app_user WHERE id = $1`, [
          userId,
        ]);
      if (!row || row.status !== 'active') throw new UnauthorizedProblem();
      return { userId: row.id, organizationId: row.organization_id, role: row.role };
    };

    const request = async () => {
      const response = await fastify.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { authorization: `Bearer ${accessToken}` },
      });
      if (response.statusCode !== 200)
        throw new Error(`/me answered ${response.statusCode}: ${response.body}`);
    };
    const authenticate = async () => {
      await authenticator.authenticate(accessToken);
    };
    const timed = async (operation: () => Promise<void>) => {
      const started = performance.now();
      for (let i = 0; i < PER_SLICE; i++) await operation();
      return performance.now() - started;
    };
    const use = (mode: typeof withCheck) => {
      authenticator.authenticate = mode;
    };

    const ms = { requestWith: 0, requestWithout: 0, authWith: 0, authWithout: 0 };
    use(withoutCheck);
    await timed(request);
    use(withCheck);
    await timed(request);
    // Short alternating slices, summed: load from other processes on the machine hits both sides alike.
    for (let slice = 0; slice < SLICES; slice++) {
      use(withCheck);
      ms.requestWith += await timed(request);
      ms.authWith += await timed(authenticate);
      use(withoutCheck);
      ms.requestWithout += await timed(request);
      ms.authWithout += await timed(authenticate);
    }
    use(withCheck);

    const count = SLICES * PER_SLICE;
    const perOp = (spent: number) => `${((spent / count) * 1000).toFixed(0)} µs`;
    print(`database: ${config.databaseDriver}; ${OTHER_SESSIONS + 1} sessions; ${count} operations per side`);
    print(
      `GET /api/v1/me:    with the session check ${perOp(ms.requestWith)}, without ${perOp(ms.requestWithout)}`,
    );
    print(
      `authentication:    with the session check ${perOp(ms.authWith)}, without ${perOp(ms.authWithout)}`,
    );
    print(
      `RATIO request time with/without the session check: ${(ms.requestWith / ms.requestWithout).toFixed(2)}x`,
    );
    print(
      `RATIO authentication time with/without the session check: ${(ms.authWith / ms.authWithout).toFixed(2)}x`,
    );
  } finally {
    await app.close();
  }
}

runBench('authenticated-request', () => onBenchDatabase('auth', run));
