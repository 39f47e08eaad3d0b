import type { MatrixCase, MatrixRow } from '../matrix';

const listing = {
  title: 'Matrix kiln filter under review',
  summary: 'A listing the authorization matrix has reviewed.',
  description: 'Pulse-jet bag filter.',
  category: 'end-of-pipe.fabric-filter',
  pollutants: ['pm2.5'],
  removalEfficiency: [{ pollutant: 'pm2.5', percent: 99 }],
  sectors: ['industry.cement'],
  trl: 9,
};

const criteria = Object.fromEntries(
  ['advancement', 'practicality', 'economy', 'maturity', 'serviceCapacity'].map((name) => [
    name,
    { score: 4, comment: `${name} is sound` },
  ]),
);

async function call(
  c: MatrixCase,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  token: string,
  body?: unknown,
) {
  const response = await c.app.request({ method, url, token, body });
  if (response.status >= 300) throw new Error(`reviews setup ${url}: ${response.status} ${response.text}`);
  return response.body;
}

/** An expert to review with: the caller when the case's caller is an expert, a fresh one otherwise. */
async function reviewer(c: MatrixCase) {
  return c.caller?.role === 'expert' ? c.caller : c.kit.newExpert();
}

/** A draft listing of the owner assigned (by a fresh admin) to `expert`; answers the review id. */
async function assigned(c: MatrixCase, expert: { userId: string }) {
  const admin = await c.kit.newAdmin();
  const draft = await call(c, 'POST', '/api/v1/technologies', c.owner.token, listing);
  const reviews = await call(c, 'POST', '/api/v1/reviews/assignments', admin.token, {
    technologyId: draft.id,
    expertIds: [expert.userId],
  });
  return { technologyId: draft.id as string, reviewId: reviews.items[0].id as string, admin };
}

/** A review saved complete (every criterion, every claim confirmed) by `expert`. */
async function completed(c: MatrixCase, expert: { userId: string; token: string }) {
  const done = await assigned(c, expert);
  const material = await call(c, 'GET', `/api/v1/reviews/assignments/${done.reviewId}`, expert.token);
  const marks = material.claims.map((claim: { id: string }) => ({ claimId: claim.id, outcome: 'confirmed' }));
  await call(c, 'PUT', `/api/v1/reviews/assignments/${done.reviewId}/review`, expert.token, {
    criteria,
    marks,
  });
  return done;
}

async function submitted(c: MatrixCase) {
  const expert = await c.kit.newExpert();
  const done = await completed(c, expert);
  await call(c, 'POST', `/api/v1/reviews/assignments/${done.reviewId}/submit`, expert.token);
  return done;
}

async function published(c: MatrixCase) {
  const done = await submitted(c);
  const verdict = await call(c, 'POST', '/api/v1/reviews/verdicts', done.admin.token, {
    technologyId: done.technologyId,
    reviewIds: [done.reviewId],
  });
  return { ...done, verdictId: verdict.id as string };
}

const adminOnly = { anonymous: 401, vendor: 403, agency: 403, admin: 200, expert: 403 };
const expertOnly = { anonymous: 401, vendor: 403, agency: 403, admin: 403, expert: 200 };

export const rows: MatrixRow[] = [
  {
    method: 'POST',
    path: '/api/v1/reviews/experts/invitations',
    expect: { ...adminOnly, admin: 201 },
    setup: () => ({ body: { email: `matrix-expert-${Math.random().toString(16).slice(2)}@example.org` } }),
  },
  { method: 'GET', path: '/api/v1/reviews/experts/invitations', expect: adminOnly },
  { method: 'GET', path: '/api/v1/reviews/experts', expect: adminOnly },
  { method: 'GET', path: '/api/v1/reviews/experts/me', expect: expertOnly },
  {
    method: 'PUT',
    path: '/api/v1/reviews/experts/me/profile',
    expect: expertOnly,
    setup: () => ({
      body: { categories: [], pollutants: ['pm2.5'], sectors: [], countries: ['NP'], bio: 'Kilns.' },
    }),
  },
  {
    method: 'PUT',
    path: '/api/v1/reviews/experts/me/conflicts/{organizationId}',
    expect: expertOnly,
    setup: (c) => ({ params: { organizationId: c.owner.organizationId }, body: { reason: 'client' } }),
  },
  {
    method: 'DELETE',
    path: '/api/v1/reviews/experts/me/conflicts/{organizationId}',
    expect: expertOnly,
    setup: async (c) => {
      if (c.caller?.role === 'expert')
        await call(
          c,
          'PUT',
          `/api/v1/reviews/experts/me/conflicts/${c.owner.organizationId}`,
          c.caller.token,
          {},
        );
      return { params: { organizationId: c.owner.organizationId } };
    },
  },
  {
    method: 'POST',
    path: '/api/v1/reviews/assignments',
    ownerKind: 'vendor',
    expect: { anonymous: 401, vendor: 403, agency: { foreign: 403 }, admin: 201, expert: 403 },
    setup: async (c) => {
      const expert = await c.kit.newExpert();
      const draft = await call(c, 'POST', '/api/v1/technologies', c.owner.token, listing);
      return { body: { technologyId: draft.id, expertIds: [expert.userId] } };
    },
  },
  {
    method: 'GET',
    path: '/api/v1/reviews/assignments',
    expect: { anonymous: 401, vendor: 403, agency: 403, admin: 200, expert: 200 },
  },
  {
    // The expert case is the expert the listing is assigned to; another expert gets 404 (test/reviews).
    method: 'GET',
    path: '/api/v1/reviews/assignments/{id}',
    ownerKind: 'vendor',
    expect: { anonymous: 401, vendor: 403, agency: { foreign: 403 }, admin: 200, expert: 200 },
    setup: async (c) => ({ params: { id: (await assigned(c, await reviewer(c))).reviewId } }),
  },
  {
    method: 'PUT',
    path: '/api/v1/reviews/assignments/{id}/review',
    ownerKind: 'vendor',
    expect: { anonymous: 401, vendor: 403, agency: { foreign: 403 }, admin: 403, expert: 200 },
    setup: async (c) => ({
      params: { id: (await assigned(c, await reviewer(c))).reviewId },
      body: { criteria: { advancement: { score: 3, comment: 'ok' } }, marks: [] },
    }),
  },
  {
    method: 'POST',
    path: '/api/v1/reviews/assignments/{id}/submit',
    ownerKind: 'vendor',
    expect: { anonymous: 401, vendor: 403, agency: { foreign: 403 }, admin: 403, expert: 200 },
    setup: async (c) => {
      const expert = await reviewer(c);
      return { params: { id: (await completed(c, expert)).reviewId } };
    },
  },
  {
    method: 'POST',
    path: '/api/v1/reviews/verdicts',
    ownerKind: 'vendor',
    expect: { anonymous: 401, vendor: 403, agency: { foreign: 403 }, admin: 201, expert: 403 },
    setup: async (c) => {
      const done = await submitted(c);
      return { body: { technologyId: done.technologyId, reviewIds: [done.reviewId] } };
    },
  },
  {
    method: 'GET',
    path: '/api/v1/reviews/verdicts',
    ownerKind: 'vendor',
    expect: {
      anonymous: 401,
      vendor: { own: 200, foreign: 404 },
      agency: { foreign: 404 },
      admin: 200,
      expert: 404,
    },
    setup: async (c) => ({ query: { technologyId: (await published(c)).technologyId } }),
    verify: (response) =>
      response.status === 200 && response.body.items.length !== 1 ? 'expected the one verdict' : undefined,
  },
  {
    method: 'POST',
    path: '/api/v1/reviews/verdicts/{id}/answer',
    ownerKind: 'vendor',
    expect: {
      anonymous: 401,
      vendor: { own: 200, foreign: 404 },
      agency: { foreign: 403 },
      admin: 403,
      expert: 403,
    },
    setup: async (c) => ({ params: { id: (await published(c)).verdictId }, body: { answer: 'Thank you.' } }),
  },
];
