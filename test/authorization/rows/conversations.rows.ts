import { MatchingKit } from '../../matching/support/matching-kit';
import type { MatrixCase, MatrixRow } from '../matrix';

/** The two organisations of the match and curators; everyone else the same 404 as a missing match. */
const conversation = (ok: number, admin = ok) => ({
  anonymous: 401,
  vendor: { own: ok, foreign: 404 },
  agency: { own: ok, foreign: 404 },
  admin,
});

/** An introduced match; the owner's organisation is the side of its kind. */
async function introduction(c: MatrixCase) {
  const side = c.owner.role === 'agency' ? { agency: c.owner } : { vendor: c.owner };
  return new MatchingKit(c.app, c.kit).introduced(await c.kit.newAdmin(), side);
}

/** A message the owner wrote on an introduced match. */
async function ownersMessage(c: MatrixCase) {
  const { matchId } = await introduction(c);
  const posted = await c.app.request({
    method: 'POST',
    url: `/api/v1/matches/${matchId}/messages`,
    token: c.owner.token,
    body: { text: 'When could we visit a converted kiln?' },
  });
  if (posted.status !== 201) throw new Error(`posting the owner's message answered ${posted.status}`);
  return { matchId, messageId: posted.body.id as string };
}

export const rows: MatrixRow[] = [
  {
    method: 'GET',
    path: '/api/v1/matches/{id}/messages',
    expect: conversation(200),
    setup: async (c) => ({ params: { id: (await ownersMessage(c)).matchId } }),
  },
  {
    method: 'POST',
    path: '/api/v1/matches/{id}/messages',
    expect: conversation(201),
    setup: async (c) => ({
      params: { id: (await introduction(c)).matchId },
      body: { text: 'Glad to talk. Our reference: https://example.org/kilns' },
    }),
  },
  {
    method: 'POST',
    path: '/api/v1/matches/{id}/messages/read',
    expect: conversation(200),
    setup: async (c) => ({ params: { id: (await ownersMessage(c)).matchId } }),
  },
  {
    method: 'PATCH',
    path: '/api/v1/matches/{id}/messages/{messageId}',
    // Only the author edits: a curator reads the message but may not change it.
    expect: conversation(200, 403),
    setup: async (c) => {
      const { matchId, messageId } = await ownersMessage(c);
      return {
        params: { id: matchId, messageId },
        body: { text: 'When could we visit two converted kilns?' },
      };
    },
  },
  {
    method: 'GET',
    path: '/api/v1/me/unread',
    expect: { anonymous: 401, vendor: 200, agency: 200, admin: 200 },
  },
];
