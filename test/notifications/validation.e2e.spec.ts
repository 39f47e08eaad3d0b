import { type TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { type Factories, factories } from '../support/factories';
import { NotificationKit } from './support/notification-kit';

describe.each(databaseLegs())('notification settings and webhooks: bad input (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let notify: NotificationKit;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
    notify = new NotificationKit(app, kit);
  });
  afterAll(() => app?.close());

  it('answers bad input with 400 naming the field and the rule', async () => {
    const member = (await notify.organization({ kind: 'agency' })).members[0];
    const base = `/api/v1/organizations/${member.organizationId}`;
    const cases: [string, 'POST' | 'PATCH', unknown, { field: string; rule: string }][] = [
      [
        `${base}/webhooks`,
        'POST',
        { url: 'ftp://x.example.org', events: ['match.introduced'] },
        { field: 'url', rule: 'isUrl' },
      ],
      [
        `${base}/webhooks`,
        'POST',
        { url: 'https://x.example.org', events: ['match.exploded'] },
        { field: 'events', rule: 'isIn' },
      ],
      [
        `${base}/webhooks`,
        'POST',
        { url: 'https://x.example.org', events: [] },
        { field: 'events', rule: 'arrayNotEmpty' },
      ],
      [`${base}/notification-settings`, 'PATCH', { inApp: false }, { field: 'inApp', rule: 'equals' }],
      [`${base}/notification-settings`, 'PATCH', { email: 'yes' }, { field: 'email', rule: 'isBoolean' }],
      [
        `${base}/notification-settings`,
        'PATCH',
        { sms: true },
        { field: 'sms', rule: 'whitelistValidation' },
      ],
    ];
    for (const [url, method, body, error] of cases) {
      const response = await app.request({ method, url, body, token: member.token });
      expect({ url, status: response.status, type: response.headers['content-type'] }).toEqual({
        url,
        status: 400,
        type: expect.stringContaining('application/problem+json'),
      });
      expect(response.body.errors).toContainEqual(expect.objectContaining(error));
    }
    const badId = await app.request({
      method: 'POST',
      url: '/api/v1/admin/deliveries/nope/retry',
      token: (await kit.newAdmin()).token,
    });
    expect(badId.body.errors).toEqual([expect.objectContaining({ field: 'id', rule: 'isUuid' })]);
  });
});
