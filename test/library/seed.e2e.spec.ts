import { CatalogSeeder } from '@3ipet/catalog';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { expectStatus } from '../catalog/support/catalog-kit';

/** The demo library: realistic resources in English and Chinese, linked to the seeded catalog and events. */
describe.each(databaseLegs())('library demo data (%s)', (leg) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    await app.app.get(CatalogSeeder).seed();
    await app.settle();
  }, 300_000);
  afterAll(() => app.close());

  const search = async (q: string) =>
    expectStatus(
      await app.request({ method: 'GET', url: `/api/v1/library/search?q=${encodeURIComponent(q)}` }),
      200,
    ).body.items.map((item: { title: string }) => item.title);

  it('seeds published resources that are found in English and Chinese, and one draft nobody else sees', async () => {
    const [counts] = await app.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'published')::int AS published,
              count(*) FILTER (WHERE status = 'draft')::int AS drafts FROM library_resource`,
    );
    expect(counts).toEqual({ published: 4, drafts: 1 });
    expect(await search('zigzag kiln')).toContain('Converting a fixed-chimney brick kiln to zig-zag firing');
    expect(await search('排放清单')).toEqual(["What a city's emissions inventory needs"]);
    expect(await search('CEMS')).toContain('CEMS at a cement plant: from installation to trusted data');
    expect(await search('液化石油气')).toContain(
      'Clean cooking with LPG: what subsidies and distribution must get right',
    );
    expect(await search('calibration')).toEqual([]);
  });

  it('links the kiln guidance to the zig-zag technology, the Kathmandu kiln need and the workshop', async () => {
    const [technology] = await app.dataSource.query(
      `SELECT id FROM technology WHERE title = 'Zig-zag brick kiln conversion with induced draught fan'`,
    );
    const related = expectStatus(
      await app.request({ method: 'GET', url: `/api/v1/library/related?technologyId=${technology.id}` }),
      200,
    ).body;
    expect(related.map((item: { kind: string; slug: string }) => [item.kind, item.slug])).toEqual([
      ['guidance', 'converting-a-fixed-chimney-brick-kiln-to-zig-zag-firing'],
    ]);
    const guidance = expectStatus(
      await app.request({ method: 'GET', url: `/api/v1/library/${related[0].slug}` }),
      200,
    ).body;
    expect(guidance.needIds).toHaveLength(1);
    expect(guidance.events).toEqual([
      expect.objectContaining({
        title: 'Zig-zag kiln conversion: a hands-on workshop for kiln owners and firemen',
      }),
    ]);
    expect(guidance.translations[0]).toMatchObject({
      language: 'zh',
      title: '固定烟囱砖窑改造为之字形烧制的指南',
    });
    expect(guidance.bodyHtml).toContain('<h2>Why convert</h2>');
  });
});
