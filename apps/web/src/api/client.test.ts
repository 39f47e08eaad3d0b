import { describe, expect, it, vi } from 'vitest';
import { ApiClient, type SessionHint } from './client';
import { ApiError } from './problem';
import type { SessionView, UserView } from './types';

const user: UserView = {
  id: 'u1',
  email: 'agency@3ipet.local',
  displayName: 'Sita',
  role: 'agency',
  organizationId: 'o1',
  locale: 'en',
  status: 'active',
  lastLoginAt: null,
  emailVerified: true,
  memberRole: 'owner',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const session = (accessToken: string, expiresIn = 900): SessionView => ({
  accessToken,
  tokenType: 'Bearer',
  expiresIn,
  refreshToken: `refresh-${accessToken}`,
  refreshTokenExpiresAt: '2026-02-01T00:00:00Z',
  user,
});
const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

interface Call {
  method: string;
  url: string;
  authorization?: string;
  credentials?: RequestCredentials;
  body?: string;
}

/** A fake server: `route` answers each call; every call is recorded. */
function fakeFetch(route: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    const call: Call = {
      method: init?.method ?? 'GET',
      url: String(input),
      authorization: headers.authorization,
      credentials: init?.credentials,
      body: typeof init?.body === 'string' ? init.body : undefined,
    };
    calls.push(call);
    return route(call);
  });
  return { calls, fetchImpl: fetchImpl as unknown as typeof fetch };
}

const memoryHint = (present = false): SessionHint & { value: boolean } => {
  const hint = { value: present, present: () => hint.value, set: (p: boolean) => void (hint.value = p) };
  return hint;
};

describe('ApiClient session', () => {
  it('refreshes once with the cookie after a 401 and retries with the new token', async () => {
    const { calls, fetchImpl } = fakeFetch((call) => {
      if (call.url === '/api/v1/auth/refresh') return json(200, session('new'));
      return call.authorization === 'Bearer new'
        ? json(200, { ok: true })
        : json(401, { title: 'Unauthorized', status: 401 });
    });
    const client = new ApiClient(fetchImpl, '', Date.now, memoryHint());
    client.signedIn(session('old'));

    await expect(client.get('/api/v1/me')).resolves.toEqual({ ok: true });
    expect(calls.map((c) => `${c.method} ${c.url} ${c.authorization ?? ''}`)).toEqual([
      'GET /api/v1/me Bearer old',
      'POST /api/v1/auth/refresh ',
      'GET /api/v1/me Bearer new',
    ]);
    // The refresh token travels only as the httpOnly cookie, never in the body.
    expect(calls[1]).toMatchObject({ credentials: 'include', body: '{}' });
  });

  it('shares one refresh between requests that fail together (refresh tokens are single use)', async () => {
    let releaseRefresh: () => void = () => undefined;
    const refreshed = new Promise<void>((resolve) => (releaseRefresh = resolve));
    const { calls, fetchImpl } = fakeFetch(async (call) => {
      if (call.url === '/api/v1/auth/refresh') {
        await refreshed;
        return json(200, session('new'));
      }
      return call.authorization === 'Bearer new'
        ? json(200, call.url)
        : json(401, { title: 'Unauthorized', status: 401 });
    });
    const client = new ApiClient(fetchImpl, '', Date.now, memoryHint());
    client.signedIn(session('old'));

    const answers = Promise.all(['/a', '/b', '/c'].map((path) => client.get(path)));
    await vi.waitFor(() => expect(calls.filter((c) => c.url === '/api/v1/auth/refresh')).toHaveLength(1));
    releaseRefresh();
    await expect(answers).resolves.toEqual(['/a', '/b', '/c']);
    expect(calls.filter((c) => c.url === '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('holds requests made while the last session is coming back, so they carry its token', async () => {
    let releaseRefresh: () => void = () => undefined;
    const refreshed = new Promise<void>((resolve) => (releaseRefresh = resolve));
    const { calls, fetchImpl } = fakeFetch(async (call) => {
      if (call.url === '/api/v1/auth/refresh') {
        await refreshed;
        return json(200, session('resumed'));
      }
      return json(200, { token: call.authorization ?? null });
    });
    const client = new ApiClient(fetchImpl, '', Date.now, memoryHint(true));
    void client.resume();
    const answer = client.get('/api/v1/technologies/draft');
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    releaseRefresh();
    await expect(answer).resolves.toEqual({ token: 'Bearer resumed' });
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/auth/refresh', '/api/v1/technologies/draft']);
  });

  it('signs out when the refresh is refused, and reports the 401', async () => {
    const { fetchImpl } = fakeFetch(() =>
      json(401, { title: 'Unauthorized', status: 401, detail: 'expired' }, 'application/problem+json'),
    );
    const hint = memoryHint(true);
    const client = new ApiClient(fetchImpl, '', Date.now, hint);
    client.signedIn(session('old'));
    const states: string[] = [];
    client.subscribe((state) => states.push(state.status));

    const failure = await client.get('/api/v1/me').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(401);
    expect(client.session.status).toBe('anonymous');
    expect(states).toEqual(['anonymous']);
    expect(hint.value).toBe(false);
  });

  it('renews an expired token before sending instead of waiting for the 401', async () => {
    let now = 1_000_000;
    const { calls, fetchImpl } = fakeFetch((call) =>
      call.url === '/api/v1/auth/refresh'
        ? json(200, session('fresh'))
        : json(200, { token: call.authorization }),
    );
    const client = new ApiClient(fetchImpl, '', () => now, memoryHint());
    client.signedIn(session('short', 60));
    now += 61_000;

    await expect(client.get('/api/v1/needs')).resolves.toEqual({ token: 'Bearer fresh' });
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/auth/refresh', '/api/v1/needs']);
  });

  it('does not retry a 401 of a request sent without a token (wrong password, visitor)', async () => {
    const { calls, fetchImpl } = fakeFetch(() => json(401, { title: 'Unauthorized', status: 401 }));
    const client = new ApiClient(fetchImpl, '', Date.now, memoryHint());
    await expect(client.post('/api/v1/auth/login', { email: 'a@b.c', password: 'x' })).rejects.toBeInstanceOf(
      ApiError,
    );
    expect(calls).toHaveLength(1);
  });

  it('at load, resumes through the cookie only when this browser signed in before', async () => {
    const { calls, fetchImpl } = fakeFetch(() => json(200, session('resumed')));
    const visitor = new ApiClient(fetchImpl, '', Date.now, memoryHint(false));
    await expect(visitor.resume()).resolves.toBe(false);
    expect(visitor.session.status).toBe('anonymous');
    expect(calls).toHaveLength(0);

    const returning = new ApiClient(fetchImpl, '', Date.now, memoryHint(true));
    await expect(returning.resume()).resolves.toBe(true);
    expect(returning.session).toEqual({ status: 'signed-in', user });
  });

  it('keeps the access token out of web storage', () => {
    localStorage.clear();
    const client = new ApiClient(fakeFetch(() => json(200, {})).fetchImpl);
    client.signedIn(session('secret-access-token'));
    const stored = Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key)}`);
    expect(stored).toEqual(['3ipet.signed-in=1']);
    expect(JSON.stringify(sessionStorage)).not.toContain('secret-access-token');
  });

  it('turns problem+json into an ApiError that carries the field errors', async () => {
    const problem = {
      type: 'https://3ipet.org/problems/validation',
      title: 'Validation failed',
      status: 400,
      errors: [{ field: 'trl', rule: 'max', message: 'trl must not be greater than 9' }],
    };
    const client = new ApiClient(
      fakeFetch(() => json(400, problem, 'application/problem+json; charset=utf-8')).fetchImpl,
      '',
      Date.now,
      memoryHint(),
    );
    const failure = (await client
      .post('/api/v1/technologies', {})
      .catch((error: unknown) => error)) as ApiError;
    expect(failure.problem).toEqual(problem);
  });
});
