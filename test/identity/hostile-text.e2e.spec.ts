import { TestApp, TestResponse, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, factories } from '../support/factories';

const LONE_SURROGATE = '\ud800';
const ZERO_WIDTH_ONLY = '\u200b\u200c\u2060\ufeff';

/** Text that broke e-mail validation (500) or slipped through the text rules of organisations and users. */
describe.each(databaseLegs())('hostile text in identity fields (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;

  beforeAll(async () => {
    app = await bootTestApp(leg, { AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    kit = await factories(app);
  });
  afterAll(() => app.close());

  const expectFieldError = (response: TestResponse, field: string, rule: string) => {
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
  };
  let sequence = 0;
  const registration = (overrides: { email?: string; displayName?: string; organization?: object } = {}) => ({
    email: overrides.email ?? `hostile-${++sequence}@example.org`,
    password: 'a-long-password',
    displayName: overrides.displayName ?? 'Anita Sharma',
    organization: {
      kind: 'agency',
      name: 'Kathmandu Clean Air Office',
      country: 'NP',
      city: 'Kathmandu',
      ...overrides.organization,
    },
  });
  const register = (body: object) => app.request({ method: 'POST', url: '/api/v1/auth/register', body });

  describe('a lone surrogate in an e-mail field answers 400 naming the field, never 500', () => {
    const emails = [`a${LONE_SURROGATE}@example.org`, `a@exam${LONE_SURROGATE}ple.org`, LONE_SURROGATE];

    it.each(emails)('login (%j)', async (email) => {
      const response = await app.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { email, password: 'whatever-password' },
      });
      expectFieldError(response, 'email', 'isEmail');
    });

    it.each(emails)('registration and its contact person (%j)', async (email) => {
      expectFieldError(await register(registration({ email })), 'email', 'isEmail');
      const contact = registration({ organization: { contactPerson: { name: 'Anita', email } } });
      expectFieldError(await register(contact), 'organization.contactPerson.email', 'isEmail');
    });

    it('invitations, the organisation contact and the admin user search', async () => {
      const agency = await kit.newMember('agency');
      const admin = await kit.newAdmin();
      const email = `a${LONE_SURROGATE}@example.org`;
      const invitation = await app.request({
        method: 'POST',
        url: `/api/v1/organizations/${agency.organizationId}/invitations`,
        token: agency.token,
        body: { email },
      });
      expectFieldError(invitation, 'email', 'isEmail');
      const contact = await app.request({
        method: 'PATCH',
        url: `/api/v1/organizations/${agency.organizationId}`,
        token: agency.token,
        body: { contactPerson: { name: 'Anita', email } },
      });
      expectFieldError(contact, 'contactPerson.email', 'isEmail');
      // A URL cannot carry a lone surrogate as UTF-8; this is its CESU-8 form, as a careless client encodes it.
      const search = await app.request({
        method: 'GET',
        url: '/api/v1/admin/users?email=a%ED%A0%80%40example.org',
        token: admin.token,
      });
      expectFieldError(search, 'email', 'isEmail');
    });
  });

  describe('names and texts follow the platform text rule', () => {
    it('refuses zero-width-only names of organisations, people and contacts', async () => {
      expectFieldError(
        await register(registration({ organization: { name: ZERO_WIDTH_ONLY } })),
        'organization.name',
        'notBlank',
      );
      expectFieldError(
        await register(registration({ displayName: ZERO_WIDTH_ONLY })),
        'displayName',
        'notBlank',
      );
      expectFieldError(
        await register(registration({ organization: { city: `\u00a0${ZERO_WIDTH_ONLY}\u3000` } })),
        'organization.city',
        'notBlank',
      );
      expectFieldError(
        await register(registration({ organization: { description: ZERO_WIDTH_ONLY } })),
        'organization.description',
        'notBlank',
      );
    });

    it('refuses lone surrogates in names and descriptions', async () => {
      expectFieldError(
        await register(registration({ organization: { name: `Clean${LONE_SURROGATE} Air` } })),
        'organization.name',
        'storableText',
      );
      expectFieldError(
        await register(registration({ displayName: `Anita${LONE_SURROGATE}` })),
        'displayName',
        'storableText',
      );
      expectFieldError(
        await register(registration({ organization: { description: `\udc00 text` } })),
        'organization.description',
        'storableText',
      );
    });

    it('refuses the same in a profile edit and an invitation acceptance, and writes nothing', async () => {
      const vendor = await kit.newMember('vendor');
      for (const [field, value, rule] of [
        ['name', ZERO_WIDTH_ONLY, 'notBlank'],
        ['city', `Hang${LONE_SURROGATE}zhou`, 'storableText'],
        ['website', `https://example.org/${LONE_SURROGATE}`, 'storableText'],
      ]) {
        const response = await app.request({
          method: 'PATCH',
          url: `/api/v1/organizations/${vendor.organizationId}`,
          token: vendor.token,
          body: { [field]: value },
        });
        expectFieldError(response, field, rule);
      }
      const accept = await app.request({
        method: 'POST',
        url: '/api/v1/auth/accept-invitation',
        body: { token: 'x'.repeat(43), displayName: ZERO_WIDTH_ONLY, password: 'colleague-password' },
      });
      expectFieldError(accept, 'displayName', 'notBlank');
    });

    it('still accepts names in any script, with joiners inside visible text', async () => {
      const response = await register(
        registration({
          displayName: 'अनिता शर्मा',
          organization: { name: 'काठमाडौं स्वच्छ वायु कार्यालय', city: 'Kathmandu', description: '' },
        }),
      );
      expect(response.status).toBe(201);
    });
  });

  describe('organisation sectors and pollutants are taxonomy ids, as listings and needs take them', () => {
    it('refuses free labels at registration, naming the field and the client-facing list', async () => {
      const response = await register(
        registration({ organization: { sectors: ['Brick kilns'], pollutants: ['pm2.5', 'smog'] } }),
      );
      expectFieldError(response, 'organization.sectors', 'inTaxonomy');
      expectFieldError(response, 'organization.pollutants', 'inTaxonomy');
      const messages = response.body.errors.map((error: { message: string }) => error.message).join(' ');
      expect(messages).toContain('unknown sector or sub-sector ids: Brick kilns');
      expect(messages).toContain('unknown pollutant ids: smog');
      expect(messages).not.toMatch(/sectorsOrSubSectors/);
    });

    it('refuses free labels in a profile edit and accepts taxonomy ids', async () => {
      const agency = await kit.newMember('agency');
      const edit = (body: object) =>
        app.request({
          method: 'PATCH',
          url: `/api/v1/organizations/${agency.organizationId}`,
          token: agency.token,
          body,
        });
      expectFieldError(await edit({ pollutants: ['PM2.5'] }), 'pollutants', 'inTaxonomy');
      expectFieldError(await edit({ sectors: ['industry.bakeries'] }), 'sectors', 'inTaxonomy');
      const accepted = await edit({
        sectors: ['industry.brick-kilns', 'transport'],
        pollutants: ['pm2.5', 'black-carbon'],
      });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({
        sectors: ['industry.brick-kilns', 'transport'],
        pollutants: ['pm2.5', 'black-carbon'],
      });
    });
  });
});
