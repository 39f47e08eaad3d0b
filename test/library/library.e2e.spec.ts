import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAdmin, TestMember, factories } from '../support/factories';
import { CatalogDriver, expectStatus } from '../catalog/support/catalog-kit';

const resource = (overrides: Record<string, unknown> = {}) => ({
  kind: 'guidance',
  title: 'Converting a brick kiln to zig-zag firing',
  body: '## Why\n\nA **zig-zag** kiln saves coal.\n\n[Drawings](https://example.org/drawings)',
  translations: [{ language: 'zh', title: '砖窑之字形改造指南', body: '之字形砖窑可以**节煤**。' }],
  authors: ['Clean Air Asia'],
  date: '2026-01-15',
  pollutants: ['pm2.5', 'black-carbon'],
  sectors: ['industry.brick-kilns'],
  countries: ['NP'],
  categories: ['kiln-conversion.zig-zag'],
  links: [{ url: 'https://example.org/guide.pdf', label: 'Full guide' }],
  ...overrides,
});

describe.each(databaseLegs())('library (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let admin: TestAdmin;
  let vendor: TestMember;
  let agency: TestMember;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
    [admin, vendor, agency] = await Promise.all([
      kit.newAdmin(),
      kit.newMember('vendor'),
      kit.newMember('agency'),
    ]);
  });
  afterAll(() => app.close());

  const create = async (overrides: Record<string, unknown> = {}) =>
    expectStatus(
      await app.request({
        method: 'POST',
        url: '/api/v1/library',
        token: admin.token,
        body: resource(overrides),
      }),
      201,
    ).body;
  const move = (id: string, action: 'publish' | 'unpublish', version: number) =>
    app.request({
      method: 'POST',
      url: `/api/v1/library/${id}/${action}`,
      token: admin.token,
      body: { version },
    });
  const read = (idOrSlug: string, token?: string) =>
    app.request({ method: 'GET', url: `/api/v1/library/${encodeURIComponent(idOrSlug)}`, token });
  const search = async (query: string) => {
    await app.settle();
    return expectStatus(await app.request({ method: 'GET', url: `/api/v1/library/search?${query}` }), 200)
      .body;
  };
  const foundIds = async (query: string) =>
    (await search(query)).items.map((item: { id: string }) => item.id);

  it('lets authors write, edit, publish, unpublish and delete; readers see only what is published', async () => {
    const draft = await create();
    expect(draft).toMatchObject({
      status: 'draft',
      version: 1,
      slug: 'converting-a-brick-kiln-to-zig-zag-firing',
    });
    expect(draft.bodyHtml).toContain('<strong>zig-zag</strong>');
    expect(draft.translations[0].bodyHtml).toBe('<p>之字形砖窑可以<strong>节煤</strong>。</p>');

    // A draft is unknown to readers, and absent from search.
    expect((await read(draft.id)).status).toBe(404);
    expect((await read(draft.slug, vendor.token)).status).toBe(404);
    expect((await read(draft.id, admin.token)).status).toBe(200);
    expect(await foundIds('q=zig-zag')).not.toContain(draft.id);

    const edited = expectStatus(
      await app.request({
        method: 'PATCH',
        url: `/api/v1/library/${draft.id}`,
        token: admin.token,
        body: { version: 1, authors: ['Clean Air Asia', 'ICIMOD'] },
      }),
      200,
    ).body;
    expect(edited).toMatchObject({ version: 2, authors: ['Clean Air Asia', 'ICIMOD'], title: draft.title });
    const stale = await app.request({
      method: 'PATCH',
      url: `/api/v1/library/${draft.id}`,
      token: admin.token,
      body: { version: 1, title: 'Late' },
    });
    expect(stale.status).toBe(409);

    const published = expectStatus(await move(draft.id, 'publish', 2), 200).body;
    expect(published).toMatchObject({ status: 'published', version: 3 });
    expect(expectStatus(await read(draft.slug), 200).body).toMatchObject({
      id: draft.id,
      status: 'published',
    });
    expect(await foundIds('q=zig-zag')).toContain(draft.id);

    // Editing a published resource reindexes it.
    expectStatus(
      await app.request({
        method: 'PATCH',
        url: `/api/v1/library/${draft.id}`,
        token: admin.token,
        body: { version: 3, title: 'Tunnel kiln retrofit handbook' },
      }),
      200,
    );
    expect(await foundIds('q=handbook')).toContain(draft.id);

    expectStatus(await move(draft.id, 'unpublish', 4), 200);
    expect((await read(draft.id)).status).toBe(404);
    expect(await foundIds('q=handbook')).not.toContain(draft.id);

    expectStatus(
      await app.request({ method: 'DELETE', url: `/api/v1/library/${draft.id}`, token: admin.token }),
      204,
    );
    expect((await read(draft.id, admin.token)).status).toBe(404);
    const audit = await app.dataSource.query(
      `SELECT action FROM audit_entry WHERE target_id = $1 ORDER BY created_at, action`,
      [draft.id],
    );
    expect(audit.map((row: { action: string }) => row.action)).toEqual([
      'library.created',
      'library.updated',
      'library.published',
      'library.updated',
      'library.unpublished',
      'library.deleted',
    ]);
  });

  it('lets no one but authors write, and lists drafts only to them', async () => {
    const draft = await create({ title: 'Authorization check' });
    for (const [caller, status] of [
      [vendor, 403],
      [agency, 403],
      [null, 401],
    ] as const) {
      const token = caller?.token;
      expect(
        (await app.request({ method: 'POST', url: '/api/v1/library', token, body: resource() })).status,
      ).toBe(status);
      expect(
        (
          await app.request({
            method: 'PATCH',
            url: `/api/v1/library/${draft.id}`,
            token,
            body: { version: 1, title: 'x' },
          })
        ).status,
      ).toBe(status);
      expect(
        (
          await app.request({
            method: 'POST',
            url: `/api/v1/library/${draft.id}/publish`,
            token,
            body: { version: 1 },
          })
        ).status,
      ).toBe(status);
      expect(
        (await app.request({ method: 'DELETE', url: `/api/v1/library/${draft.id}`, token })).status,
      ).toBe(status);
      expect((await app.request({ method: 'GET', url: '/api/v1/library', token })).status).toBe(status);
    }
    const list = expectStatus(
      await app.request({ method: 'GET', url: '/api/v1/library?status=draft', token: admin.token }),
      200,
    ).body;
    expect(list.items.map((item: { id: string }) => item.id)).toContain(draft.id);
  });

  it('names the field and rule of bad input, and refuses links to what does not exist', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ kind: 'novel' }, 'kind', 'isIn'],
      [{ title: '   ' }, 'title', 'notBlank'],
      [{ date: '2026-02-30' }, 'date', 'isIso8601'],
      [{ pollutants: ['smoke'] }, 'pollutants', 'inTaxonomy'],
      [{ sectors: ['industry.bakeries'] }, 'sectors', 'inTaxonomy'],
      [{ countries: ['XX'] }, 'countries', 'inTaxonomy'],
      [{ categories: ['magic'] }, 'categories', 'inTaxonomy'],
      [{ links: [{ url: 'javascript:alert(1)', label: 'x' }] }, 'links.0.url', 'isUrl'],
      [{ translations: [{ language: 'zh' }, { language: 'zh' }] }, 'translations', 'uniqueLanguage'],
      [{ technologyIds: ['6f1c1a0e-8d59-4b57-9a55-3b8f3b7f0b11'] }, 'technologyIds', 'exists'],
      [{ eventIds: ['6f1c1a0e-8d59-4b57-9a55-3b8f3b7f0b11'] }, 'eventIds', 'exists'],
      [{ fileIds: ['6f1c1a0e-8d59-4b57-9a55-3b8f3b7f0b11'] }, 'fileIds', 'exists'],
    ];
    for (const [overrides, field, rule] of cases) {
      const response = await app.request({
        method: 'POST',
        url: '/api/v1/library',
        token: admin.token,
        body: resource(overrides),
      });
      expect([response.status, response.body.errors?.[0]]).toEqual([
        400,
        expect.objectContaining({ field, rule }),
      ]);
    }
  });

  it('renders Markdown without scripts, event handlers or javascript: links', async () => {
    const attack = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[click](javascript:alert(1))',
      '[click](JaVaScRiPt:alert(1))',
      '<a href="javascript:alert(1)">x</a>',
      '[ok](https://example.org/safe)',
    ].join('\n\n');
    const created = await create({
      title: 'Sanitising check',
      body: attack,
      translations: [{ language: 'zh', title: '净化检查', body: attack }],
    });
    const published = expectStatus(await move(created.id, 'publish', 1), 200).body;
    const shown = expectStatus(await read(published.id), 200).body;
    for (const html of [shown.bodyHtml, shown.translations[0].bodyHtml]) {
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/href="\s*javascript:/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('<a href="https://example.org/safe" rel="noopener noreferrer nofollow">ok</a>');
    }
    // The Markdown as written comes back untouched for editing.
    expect(shown.body).toBe(attack);
  });

  it('finds resources with a typo, in Chinese, through synonyms, with facets and filters', async () => {
    const kiln = await create({ title: 'Zig-zag kiln conversion for Bhaktapur brick makers' });
    const cooking = await create({
      kind: 'policy-brief',
      title: 'Clean cooking with liquefied petroleum gas',
      body: 'Refill subsidies matter more than connections.',
      translations: [{ language: 'zh', title: '液化石油气清洁炊事政策简报', body: '充气补贴比开户更重要。' }],
      pollutants: ['co'],
      sectors: ['residential'],
      countries: ['IN'],
      categories: ['clean-fuels.fuel-switch'],
    });
    await move(kiln.id, 'publish', 1);
    await move(cooking.id, 'publish', 1);

    expect(await foundIds('q=convrsion')).toContain(kiln.id); // a typo
    expect(await foundIds('q=Bhaktpur')).toContain(kiln.id);
    expect(await foundIds(`q=${encodeURIComponent('砖窑')}`)).toContain(kiln.id); // Chinese translation
    expect(await foundIds(`q=${encodeURIComponent('清洁炊事')}`)).toEqual([cooking.id]);
    expect(await foundIds('q=LPG')).toContain(cooking.id); // synonym of liquefied petroleum gas
    expect(await foundIds(`q=${encodeURIComponent('液化石油气')}`)).toContain(cooking.id);

    const filtered = await search('kind=policy-brief&countries=IN');
    expect(filtered.items.map((item: { id: string }) => item.id)).toEqual([cooking.id]);
    const all = await search('');
    expect(all.facets.kind).toMatchObject({ 'policy-brief': 1, guidance: expect.any(Number) });
    expect(all.facets.sectors).toMatchObject({ industry: expect.any(Number), residential: 1 });
    expect(all.facets.categories).toMatchObject({ 'clean-fuels': 1, 'clean-fuels.fuel-switch': 1 });
    const hit = all.items.find((item: { id: string }) => item.id === cooking.id);
    expect(hit).toMatchObject({ translations: [{ language: 'zh', title: '液化石油气清洁炊事政策简报' }] });
    expect((await app.request({ method: 'GET', url: '/api/v1/library/search?kind=novel' })).status).toBe(400);
  });

  it('lists the published resources linked to a technology or event, and shares their files', async () => {
    const catalog = new CatalogDriver(app, kit);
    const technology = await catalog.published(vendor, admin);
    const upload = await app.request({
      method: 'POST',
      url: '/api/v1/files',
      token: vendor.token,
      rawBody: multipartPdf(),
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    });
    const file = expectStatus(upload, 201).body;
    // A stranger cannot read the vendor's file until it belongs to a published resource.
    expect((await app.request({ method: 'GET', url: `/api/v1/files/${file.id}` })).status).toBe(404);

    const study = await create({
      kind: 'case-study',
      title: 'ESP retrofit case study',
      technologyIds: [technology.id],
      fileIds: [file.id],
    });
    const draftOnly = await create({ title: 'Unpublished note', technologyIds: [technology.id] });
    const related = () =>
      app.request({ method: 'GET', url: `/api/v1/library/related?technologyId=${technology.id}` });
    expect(expectStatus(await related(), 200).body).toEqual([]);

    await move(study.id, 'publish', 1);
    const list = expectStatus(await related(), 200).body;
    expect(list.map((item: { id: string }) => item.id)).toEqual([study.id]);
    expect(list.map((item: { id: string }) => item.id)).not.toContain(draftOnly.id);

    const shown = expectStatus(await read(study.id), 200).body;
    expect(shown.technologies).toEqual([{ id: technology.id, title: technology.title }]);
    expect(shown.files).toEqual([expect.objectContaining({ id: file.id, url: `/api/v1/files/${file.id}` })]);
    expect((await app.request({ method: 'GET', url: `/api/v1/files/${file.id}` })).status).toBe(200);

    expect(
      (await app.request({ method: 'GET', url: `/api/v1/library/related` })).body.errors[0],
    ).toMatchObject({ rule: 'exactlyOne' });
  });
});

const BOUNDARY = 'library-test-boundary';
function multipartPdf(): Buffer {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  return Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="case.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    pdf,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}
