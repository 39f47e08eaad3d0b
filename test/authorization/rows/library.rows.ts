import type { MatrixCase, MatrixRow } from '../matrix';

const everyone = (status: number) => ({ anonymous: status, vendor: status, agency: status, admin: status });
/** Authors are admins (LIBRARY_AUTHOR_ROLES); members get 403. */
const authorsOnly = (ok: number) => ({ anonymous: 401, vendor: 403, agency: 403, admin: ok });

const resource = () => ({
  kind: 'case-study',
  title: 'Matrix case study',
  body: 'Used by the authorization matrix.',
  date: '2026-01-15',
});

/** A resource written by a fresh admin, published when asked. */
async function resourceOf(
  { app, kit }: MatrixCase,
  published: boolean,
): Promise<{ id: string; version: number }> {
  const admin = await kit.newAdmin();
  const created = await app.request({
    method: 'POST',
    url: '/api/v1/library',
    token: admin.token,
    body: resource(),
  });
  if (created.status !== 201) throw new Error(`library setup: ${created.status} ${created.text}`);
  if (!published) return created.body;
  const moved = await app.request({
    method: 'POST',
    url: `/api/v1/library/${created.body.id}/publish`,
    token: admin.token,
    body: { version: 1 },
  });
  if (moved.status !== 200) throw new Error(`library setup: ${moved.status} ${moved.text}`);
  return moved.body;
}

const onResource = (published: boolean, body?: (version: number) => object) => async (c: MatrixCase) => {
  const { id, version } = await resourceOf(c, published);
  return { params: { id, idOrSlug: id }, body: body?.(version) };
};

export const rows: MatrixRow[] = [
  { method: 'GET', path: '/api/v1/library/search', expect: everyone(200) },
  {
    method: 'GET',
    path: '/api/v1/library/related',
    expect: everyone(200),
    setup: () => ({ query: { technologyId: '6f1c1a0e-8d59-4b57-9a55-3b8f3b7f0b11' } }),
  },
  { method: 'GET', path: '/api/v1/library', expect: authorsOnly(200) },
  { method: 'POST', path: '/api/v1/library', expect: authorsOnly(201), setup: () => ({ body: resource() }) },
  { method: 'GET', path: '/api/v1/library/{id}', expect: everyone(200), setup: onResource(true) },
  {
    method: 'PATCH',
    path: '/api/v1/library/{id}',
    expect: authorsOnly(200),
    setup: onResource(false, (version) => ({ version, title: 'Renamed' })),
  },
  {
    method: 'POST',
    path: '/api/v1/library/{id}/publish',
    expect: authorsOnly(200),
    setup: onResource(false, (version) => ({ version })),
  },
  {
    method: 'POST',
    path: '/api/v1/library/{id}/unpublish',
    expect: authorsOnly(200),
    setup: onResource(true, (version) => ({ version })),
  },
  { method: 'DELETE', path: '/api/v1/library/{id}', expect: authorsOnly(204), setup: onResource(false) },
];
