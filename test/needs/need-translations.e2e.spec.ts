import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { TestMember, factories } from '../support/factories';
import { NeedsDriver, expectStatus, validNeed } from './support/needs-kit';

interface Problem {
  errors?: { field: string; rule: string }[];
}

const NEPALI = {
  language: 'ne',
  title: 'काठमाडौं उपत्यकाका इँटा भट्टाको धुलो घटाउने',
  description: 'जिग-ज्याग रूपान्तरण र चिम्नी अनुगमन।',
};
const SINHALA = { language: 'si', title: 'කොළඹ වාහන දුම් විමෝචනය මැනීම' };

describe.each(databaseLegs())('translations of needs (%s)', (leg) => {
  let app: TestApp;
  let needs: NeedsDriver;
  let agency: TestMember;
  let vendor: TestMember;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    needs = new NeedsDriver(app, await factories(app));
    [agency, vendor] = await Promise.all([needs.verifiedMember('agency'), needs.verifiedMember('vendor')]);
  });
  afterAll(() => app?.close());

  it('stores translations, shows those of an open need to readers and the owner, and a patch replaces the list', async () => {
    const created = await needs.opened(agency, { translations: [NEPALI] });
    const read = expectStatus(await needs.get(vendor, created.id), 200).body;
    expect(read.translations).toEqual([NEPALI]);
    const own = expectStatus(await needs.list(agency), 200).body;
    expect(own.items.find((need: { id: string }) => need.id === created.id).translations).toEqual([NEPALI]);

    const patched = expectStatus(
      await needs.patch(agency, created.id, {
        version: created.version,
        translations: [{ ...SINHALA, title: `  ${SINHALA.title} ` }],
      }),
      200,
    ).body;
    expect(patched.translations).toEqual([SINHALA]);
    const cleared = expectStatus(
      await needs.patch(agency, created.id, { version: patched.version, translations: [] }),
      200,
    ).body;
    expect(cleared.translations).toEqual([]);
  });

  it('answers 400 naming the field and rule for a bad language, English, a repeat, a blank title or null', async () => {
    const cases: [unknown, string, string][] = [
      [[{ language: 'xx', title: 'x' }], 'translations.0.language', 'isIn'],
      [[{ language: 'en', title: 'Same as the need' }], 'translations.0.language', 'isIn'],
      [[NEPALI, { ...NEPALI, title: 'अर्को' }], 'translations', 'uniqueBy'],
      [[{ language: 'hi', title: '   ' }], 'translations.0.title', 'notBlank'],
      [[{ language: 'hi' }], 'translations.0.title', 'isString'],
      [[{ ...NEPALI, extra: 1 }], 'translations.0.extra', 'whitelistValidation'],
      [null, 'translations', 'notNull'],
    ];
    for (const [translations, field, rule] of cases) {
      const response = await app.request({
        method: 'POST',
        url: '/api/v1/needs',
        token: agency.token,
        body: validNeed({ translations }),
      });
      expect(response.status).toBe(400);
      const errors = (response.body as Problem).errors ?? [];
      expect(errors).toContainEqual(expect.objectContaining({ field, rule }));
    }
  });

  it('finds an open need by its Devanagari and Sinhala titles, and shows the translations on the hit', async () => {
    const kilns = await needs.opened(agency, { translations: [NEPALI, SINHALA] });
    const other = await needs.opened(agency, {
      title: 'Diesel particulate filters for buses',
      description: 'Retrofits for 150 city buses.',
    });
    await app.settle();
    const search = async (q: string) =>
      expectStatus(await needs.search(vendor, `q=${encodeURIComponent(q)}`), 200).body.items as {
        id: string;
        translations: { language: string; title: string; excerpt?: string }[];
      }[];
    const byNepali = await search('इँटा भट्टा');
    expect(byNepali.map((hit) => hit.id)).toEqual([kilns.id]);
    expect(byNepali[0].translations).toContainEqual({
      language: 'ne',
      title: NEPALI.title,
      excerpt: NEPALI.description,
    });
    expect((await search('විමෝචනය')).map((hit) => hit.id)).toEqual([kilns.id]);
    expect((await search('buses')).map((hit) => hit.id)).toEqual([other.id]);
  });
});
