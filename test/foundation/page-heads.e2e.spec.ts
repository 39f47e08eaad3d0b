import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp, TestResponse, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAdmin, TestMember, factories } from '../support/factories';
import { CatalogDriver, expectStatus } from '../catalog/support/catalog-kit';
import { EventsDriver } from '../events/support/events-kit';

const SITE = 'https://3ipet.example.org';
const UNKNOWN_ID = '1f0c6a52-3c1e-4d7b-9b1e-7f5d1e2a9c44';
/** Shaped like the built index.html: its own title and description, replaced by each page's. */
const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta
      name="description"
      content="3iPET: the default description."
    />
    <title>3iPET</title>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

/** What a crawler reads from the first response: one tag of each kind, decoded. */
function headOf(html: string) {
  const decode = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  const all = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => decode(match[1]));
  const meta = (attribute: string, key: string) =>
    all(new RegExp(`<meta ${attribute}="${key.replace('.', '\\.')}" content="([^"]*)"`, 'g'));
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  return {
    titles: all(/<title>([^<]*)<\/title>/g),
    descriptions: meta('name', 'description'),
    robots: meta('name', 'robots')[0],
    canonical: all(/<link rel="canonical" href="([^"]*)"/g),
    og: (key: string) => meta('property', `og:${key}`),
    jsonLd: scripts.map((match) => JSON.parse(match[1]) as Record<string, unknown>),
    htmlLang: /<html lang="([^"]*)"/.exec(html)?.[1],
  };
}

/** Each public record page, fetched as a crawler does (no browser, no script run), names itself in its head. */
describe.each(databaseLegs())('page heads in the first HTML response (%s)', (leg) => {
  let app: TestApp;
  let webRoot: string;
  let kit: Factories;
  let catalog: CatalogDriver;
  let events: EventsDriver;
  let admin: TestAdmin;
  let vendor: TestMember;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), '3ipet-web-heads-'));
    writeFileSync(join(webRoot, 'index.html'), INDEX_HTML);
    app = await bootTestApp(leg, { PUBLIC_URL: SITE }, { webRoot });
    kit = await factories(app);
    catalog = new CatalogDriver(app, kit);
    events = new EventsDriver(app);
    [admin, vendor] = await Promise.all([kit.newAdmin(), kit.newMember('vendor')]);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const page = (url: string, headers: Record<string, string> = {}) =>
    app.request({ method: 'GET', url, headers: { accept: 'text/html', ...headers } });
  const expectOneOfEach = (head: ReturnType<typeof headOf>) => {
    expect(head.titles).toHaveLength(1);
    expect(head.descriptions).toHaveLength(1);
    expect(head.og('title')).toHaveLength(1);
    expect(head.og('description')).toHaveLength(1);
  };
  const expectNotFound = (response: TestResponse) => {
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toContain('text/html');
    const head = headOf(response.text);
    expect(head.robots).toBe('noindex');
    expect(head.jsonLd).toEqual([]);
    expect(head.canonical).toEqual([]);
    expect(response.text).toContain('<div id="root">');
  };
  const createResource = async (overrides: Record<string, unknown> = {}) =>
    expectStatus(
      await app.request({
        method: 'POST',
        url: '/api/v1/library',
        token: admin.token,
        body: {
          kind: 'case-study',
          title: 'Zig-zag kilns in the Kathmandu valley',
          body: 'Forty kilns **rebuilt** after the 2015 earthquake burn a fifth less coal.',
          translations: [
            { language: 'zh', title: '加德满都谷地的之字形砖窑', body: '四十座砖窑节煤五分之一。' },
          ],
          authors: ['Clean Air Asia'],
          date: '2025-11-03',
          pollutants: ['pm2.5'],
          sectors: ['industry.brick-kilns'],
          countries: ['NP'],
          categories: [],
          links: [],
          ...overrides,
        },
      }),
      201,
    ).body as { id: string; slug: string; version: number };

  const publishResource = async (overrides: Record<string, unknown> = {}) => {
    const draft = await createResource(overrides);
    const published = expectStatus(
      await app.request({
        method: 'POST',
        url: `/api/v1/library/${draft.id}/publish`,
        token: admin.token,
        body: { version: draft.version },
      }),
      200,
    ).body as { id: string; slug: string };
    return published;
  };

  it('gives a published technology its title, description, Open Graph tags and Product JSON-LD', async () => {
    const listing = await catalog.published(vendor, admin, { title: 'Bag filter for rice husk boilers' });
    const response = await page(`/technologies/${listing.id}`);
    expect(response.status).toBe(200);
    const head = headOf(response.text);
    expectOneOfEach(head);
    expect(head.titles[0]).toBe('Bag filter for rice husk boilers · 3iPET');
    expect(head.descriptions[0]).toBe(listing.summary);
    expect(head.canonical).toEqual([`${SITE}/technologies/${listing.id}`]);
    expect(head.og('title')).toEqual(['Bag filter for rice husk boilers']);
    expect(head.og('url')).toEqual([`${SITE}/technologies/${listing.id}`]);
    expect(head.og('type')).toEqual(['website']);
    expect(head.og('locale')).toEqual(['en_GB']);
    expect(head.robots).toBeUndefined();
    expect(head.htmlLang).toBe('en');
    expect(head.jsonLd).toHaveLength(1);
    expect(head.jsonLd[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Bag filter for rice husk boilers',
      url: `${SITE}/technologies/${listing.id}`,
      brand: {
        '@type': 'Organization',
        name: listing.vendor.name,
        url: `${SITE}/organizations/${vendor.organizationId}`,
      },
      offers: { '@type': 'AggregateOffer', priceCurrency: 'USD', lowPrice: 900000, highPrice: 3500000 },
    });
  });

  it('serves the Chinese head when ?lang=zh or Accept-Language asks for it and the listing has a Chinese title', async () => {
    const listing = await catalog.published(vendor, admin);
    const byQuery = headOf((await page(`/technologies/${listing.id}?lang=zh`)).text);
    expect(byQuery.titles[0]).toBe('水泥窑静电除尘器 · 3iPET');
    expect(byQuery.descriptions[0]).toBe('高频电源三电场静电除尘器。');
    expect(byQuery.og('locale')).toEqual(['zh_CN']);
    expect(byQuery.og('locale:alternate')).toEqual(['en_GB']);
    expect(byQuery.canonical).toEqual([`${SITE}/technologies/${listing.id}?lang=zh`]);
    expect(byQuery.htmlLang).toBe('zh-Hans');
    expect(byQuery.jsonLd[0]).toMatchObject({ name: '水泥窑静电除尘器', inLanguage: 'zh-Hans' });

    const negotiated = await page(`/technologies/${listing.id}`, {
      'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8',
    });
    expect(negotiated.headers.vary).toContain('Accept-Language');
    expect(headOf(negotiated.text).titles[0]).toBe('水泥窑静电除尘器 · 3iPET');
    const english = await page(`/technologies/${listing.id}`, { 'accept-language': 'en-GB,zh;q=0.5' });
    expect(headOf(english.text).titles[0]).toBe('Electrostatic precipitator for cement kilns · 3iPET');

    // Without a Chinese title, the English head (and no alternates).
    const untranslated = await catalog.published(vendor, admin, { translations: [] });
    const fallback = headOf((await page(`/technologies/${untranslated.id}?lang=zh`)).text);
    expect(fallback.og('locale')).toEqual(['en_GB']);
    expect(fallback.canonical).toEqual([`${SITE}/technologies/${untranslated.id}`]);
  });

  it('gives an organisation its name, description and Organization JSON-LD', async () => {
    const org = await kit.newOrganization('vendor', {
      name: 'Himalayan Filters Pvt. Ltd.',
      description: 'Bag filters and cyclones for brick kilns and boilers since 1998.',
      city: 'Hetauda',
      country: 'NP',
      website: 'https://filters.example.com',
    });
    const response = await page(`/organizations/${org.id}`);
    expect(response.status).toBe(200);
    const head = headOf(response.text);
    expectOneOfEach(head);
    expect(head.titles[0]).toBe('Himalayan Filters Pvt. Ltd. · 3iPET');
    expect(head.descriptions[0]).toBe('Bag filters and cyclones for brick kilns and boilers since 1998.');
    expect(head.og('type')).toEqual(['profile']);
    expect(head.canonical).toEqual([`${SITE}/organizations/${org.id}`]);
    expect(head.jsonLd[0]).toMatchObject({
      '@type': 'Organization',
      name: 'Himalayan Filters Pvt. Ltd.',
      url: `${SITE}/organizations/${org.id}`,
      sameAs: ['https://filters.example.com'],
      address: { '@type': 'PostalAddress', addressLocality: 'Hetauda', addressCountry: 'NP' },
    });
  });

  it('gives an event its dates, place and status in Event JSON-LD, cancelled ones included', async () => {
    const created = await events.create(admin, {
      title: 'Kiln operators training',
      onlineUrl: 'https://meet.example.org/k',
    });
    const head = headOf(expectStatus(await page(`/events/${created.id}`), 200).text);
    expectOneOfEach(head);
    expect(head.titles[0]).toBe('Kiln operators training · 3iPET');
    expect(head.descriptions[0]).toBe('Two days at a converted kiln.');
    expect(head.jsonLd[0]).toMatchObject({
      '@type': 'Event',
      name: 'Kiln operators training',
      startDate: expect.stringMatching(/T09:00:00\+05:45$/),
      endDate: expect.stringMatching(/T17:00:00\+05:45$/),
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      location: [
        { '@type': 'Place', address: { addressLocality: 'Bhaktapur', addressCountry: 'NP' } },
        { '@type': 'VirtualLocation', url: 'https://meet.example.org/k' },
      ],
      organizer: { '@type': 'Organization', name: 'Kathmandu Valley Clean Air Office' },
    });

    expectStatus(
      await app.request({
        method: 'POST',
        url: `/api/v1/events/${created.id}/cancel`,
        token: admin.token,
        body: { version: created.version, reason: 'The venue is closed by the monsoon floods.' },
      }),
      200,
    );
    const cancelled = headOf(expectStatus(await page(`/events/${created.id}`), 200).text);
    expect(cancelled.titles[0]).toBe('Cancelled: Kiln operators training · 3iPET');
    expect(cancelled.jsonLd[0]).toMatchObject({ eventStatus: 'https://schema.org/EventCancelled' });
  });

  it('gives a published library resource an Article, by slug and in Chinese', async () => {
    const published = await publishResource();
    const head = headOf(expectStatus(await page(`/library/${published.slug}`), 200).text);
    expectOneOfEach(head);
    expect(head.titles[0]).toBe('Zig-zag kilns in the Kathmandu valley · 3iPET');
    expect(head.descriptions[0]).toBe(
      'Forty kilns rebuilt after the 2015 earthquake burn a fifth less coal.',
    );
    expect(head.og('type')).toEqual(['article']);
    expect(head.canonical).toEqual([`${SITE}/library/${published.slug}`]);
    expect(head.jsonLd[0]).toMatchObject({
      '@type': 'Article',
      headline: 'Zig-zag kilns in the Kathmandu valley',
      datePublished: '2025-11-03',
      author: [{ '@type': 'Organization', name: 'Clean Air Asia' }],
    });
    expect(Date.parse(String(head.jsonLd[0].dateModified))).not.toBeNaN();
    const byId = headOf(expectStatus(await page(`/library/${published.id}?lang=zh`), 200).text);
    expect(byId.titles[0]).toBe('加德满都谷地的之字形砖窑 · 3iPET');
    expect(byId.descriptions[0]).toBe('四十座砖窑节煤五分之一。');
    expect(byId.canonical).toEqual([`${SITE}/library/${published.slug}?lang=zh`]);
  });

  it('answers 404 with noindex for unknown and unpublished records, and unknown paths', async () => {
    const draftListing = await catalog.create(vendor, { title: 'Draft listing nobody may see' });
    const submitted = await catalog.submitted(vendor, { title: 'Listing waiting for review' });
    const draftEvent = await events.create(admin, { title: 'Draft event', status: 'draft' });
    const draftResource = await createResource({ title: 'Draft resource nobody may see' });
    for (const url of [
      `/technologies/${UNKNOWN_ID}`,
      `/technologies/${draftListing.id}`,
      `/technologies/${submitted.id}`,
      `/technologies/${'-'.repeat(36)}`,
      `/organizations/${UNKNOWN_ID}`,
      `/events/${UNKNOWN_ID}`,
      `/events/${draftEvent.id}`,
      `/library/${draftResource.slug}`,
      `/library/${draftResource.id}`,
      '/library/no-such-resource',
      '/no-such-page',
    ]) {
      const response = await page(url);
      expect({ url, status: response.status }).toEqual({ url, status: 404 });
      expectNotFound(response);
      expect(response.text).not.toContain('Draft');
    }
  });

  it('escapes a title with markup and quotes in every tag and in the JSON-LD', async () => {
    const hostile = `Filters "best" </script><script>alert('x')</script> & <b>co</b>`;
    const org = await kit.newOrganization('vendor', {
      name: hostile,
      description: `A "quoted" <i>description</i>`,
    });
    const response = await page(`/organizations/${org.id}`);
    expect(response.status).toBe(200);
    // Nothing from the name opens or closes an element: one script element, the JSON-LD one.
    expect(response.text.match(/<script/g)).toHaveLength(1);
    expect(response.text).not.toContain('<b>');
    expect(response.text).not.toContain('<i>');
    const head = headOf(response.text);
    expect(head.titles[0]).toBe(`${hostile} · 3iPET`);
    expect(head.og('title')).toEqual([hostile]);
    expect(head.descriptions[0]).toBe(`A "quoted" <i>description</i>`);
    expect(head.jsonLd[0]).toMatchObject({ name: hostile });
  });

  it('keeps a default head for other pages, with the public lists naming themselves', async () => {
    const search = headOf(expectStatus(await page('/search?q=esp'), 200).text);
    expectOneOfEach(search);
    expect(search.titles[0]).toBe('Search air-quality technologies · 3iPET');
    expect(search.canonical).toEqual([`${SITE}/search`]);
    const home = headOf(expectStatus(await page('/'), 200).text);
    expectOneOfEach(home);
    expect(home.titles[0]).toBe('3iPET: Proven air-quality technology');
    expect(home.canonical).toEqual([`${SITE}/`]);
    const login = headOf(expectStatus(await page('/login'), 200).text);
    expectOneOfEach(login);
    expect(login.titles[0]).toBe('3iPET: Proven air-quality technology');
    expect(login.canonical).toEqual([]);
    expect(login.jsonLd).toEqual([]);
  });

  it('lists published records with their last change in the sitemap, and leaves drafts out', async () => {
    const published = await catalog.published(vendor, admin, { title: 'Listing for the sitemap' });
    const draft = await catalog.create(vendor, { title: 'Draft kept out of the sitemap' });
    const event = await events.create(admin, { title: 'Event for the sitemap' });
    const draftEvent = await events.create(admin, { title: 'Draft event', status: 'draft' });
    const draftResource = await createResource({ title: 'Resource kept out of the sitemap' });
    const resource = await publishResource({ title: 'Resource for the sitemap' });
    const sitemap = expectStatus(await app.request({ method: 'GET', url: '/sitemap.xml' }), 200).text;
    const lastmodOf = (path: string) =>
      new RegExp(`<loc>${SITE}${path}</loc><lastmod>([^<]+)</lastmod>`).exec(sitemap)?.[1];
    expect(Date.parse(lastmodOf(`/technologies/${published.id}`) ?? '')).not.toBeNaN();
    expect(lastmodOf(`/organizations/${vendor.organizationId}`)).toBeDefined();
    expect(lastmodOf(`/events/${event.id}`)).toBeDefined();
    expect(lastmodOf(`/library/${resource.slug}`)).toBeDefined();
    for (const hidden of [draft.id, draftEvent.id, draftResource.slug]) expect(sitemap).not.toContain(hidden);
  });
});
