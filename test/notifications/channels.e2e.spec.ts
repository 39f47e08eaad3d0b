import { randomUUID } from 'node:crypto';
import { verifyWebhook } from '@3ipet/notifications';
import { type TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { type Factories, factories } from '../support/factories';
import { CatalogDriver } from '../catalog/support/catalog-kit';
import { NotificationKit } from './support/notification-kit';
import { SmtpReceiver, plainTextOf } from './support/smtp-receiver';
import { waitFor } from './support/tally';
import { WebhookReceiver } from './support/webhook-receiver';

describe.each(databaseLegs())('notification channels (%s)', (leg) => {
  const smtp = new SmtpReceiver();
  const hooks = new WebhookReceiver();
  let app: TestApp;
  let kit: Factories;
  let notify: NotificationKit;

  beforeAll(async () => {
    await Promise.all([smtp.start(), hooks.start()]);
    app = await bootTestApp(leg, { SMTP_URL: smtp.url, PUBLIC_URL: 'https://3ipet.example.org' });
    kit = await factories(app);
    notify = new NotificationKit(app, kit);
  });
  afterAll(async () => {
    await app?.close();
    await Promise.all([smtp.stop(), hooks.stop()]);
  });

  const settled = () =>
    waitFor(
      'deliveries finished',
      async () => (await app.settle(), (await notify.unfinishedDeliveries()) === 0),
    );

  it('e-mails each member in their language and POSTs a signed webhook, once each', async () => {
    const agency = await notify.organization({
      kind: 'agency',
      locales: ['en', 'zh-CN'],
      webhookUrl: hooks.url('/agency'),
    });
    const vendor = await notify.organization({ kind: 'vendor', locales: ['zh'] });
    const [matchId] = await notify.introduce([[vendor.organizationId, agency.organizationId]]);
    await settled();

    const inbox = await app.request({
      method: 'GET',
      url: '/api/v1/notifications',
      token: agency.members[0].token,
    });
    expect(inbox.body).toMatchObject({
      total: 1,
      unreadCount: 1,
      items: [{ kind: 'match.introduced', payload: { matchId } }],
    });

    const toAgency = smtp.messages.filter((mail) => agency.members.some((m) => mail.to.includes(m.email)));
    expect(toAgency.map((mail) => mail.headers.get('content-language')).sort()).toEqual(['en', 'zh']);
    const chinese = toAgency.find((mail) => mail.headers.get('content-language') === 'zh')!;
    expect(chinese.headers.get('subject')).toBe('3iPET：您有一个新的对接推荐');
    expect(chinese.to).toEqual([agency.members[1].email]);
    expect(plainTextOf(chinese.raw)).toContain(`查看推荐: https://3ipet.example.org/matches/${matchId}`);
    const english = toAgency.find((mail) => mail.headers.get('content-language') === 'en')!;
    expect(english.headers.get('subject')).toBe('3iPET: you have a new introduction');
    expect(english.headers.get('message-id')).toBe(
      `<${english.headers.get('x-3ipet-delivery')}.en@3ipet.notifications>`,
    );
    expect(smtp.messages.filter((mail) => mail.to.includes(vendor.members[0].email))).toHaveLength(1);

    const [call] = hooks.calls.filter((each) => each.path === '/agency');
    const timestamp = Number(call.headers['x-3ipet-timestamp']);
    expect(
      verifyWebhook(agency.webhookSecret!, timestamp, call.body, String(call.headers['x-3ipet-signature'])),
    ).toBe(true);
    expect(call.headers['x-3ipet-signature']).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(call.headers['x-3ipet-event']).toBe('match.introduced');
    expect(JSON.parse(call.body)).toMatchObject({
      deliveryId: call.headers['x-3ipet-delivery'],
      event: 'match.introduced',
      organizationId: agency.organizationId,
      data: { matchId, event: 'introduced' },
    });
    expect(await notify.deliveryCounts()).toEqual({ 'in_app:sent': 2, 'email:sent': 2, 'webhook:sent': 1 });
  });

  it('adds nothing when a match event is delivered twice', async () => {
    const agency = await notify.organization({ kind: 'agency', webhookUrl: hooks.url('/twice') });
    const vendor = await notify.organization({ kind: 'vendor' });
    const pairs: [string, string][] = [[vendor.organizationId, agency.organizationId]];
    const matchIds = await notify.introduce(pairs);
    await settled();
    const before = {
      mails: smtp.messages.length,
      calls: hooks.calls.length,
      deliveries: await notify.deliveryCounts(),
    };
    await notify.redeliver(matchIds, pairs);
    await settled();

    expect({
      mails: smtp.messages.length,
      calls: hooks.calls.length,
      deliveries: await notify.deliveryCounts(),
    }).toEqual(before);
    const inbox = await app.request({
      method: 'GET',
      url: '/api/v1/notifications',
      token: agency.members[0].token,
    });
    expect(inbox.body.total).toBe(1);
  });

  it('records match events written one organisation per row, and their repeats in the new form once', async () => {
    const agency = await notify.organization({ kind: 'agency' });
    const vendor = await notify.organization({ kind: 'vendor' });
    const matchId = randomUUID();
    await notify.introduceOneRowPerOrganization(matchId, [agency.organizationId]);
    await settled();
    const inboxTotal = async (token: string) =>
      (await app.request({ method: 'GET', url: '/api/v1/notifications', token })).body.total;
    expect(await inboxTotal(agency.members[0].token)).toBe(1);
    expect(await inboxTotal(vendor.members[0].token)).toBe(0);

    await notify.redeliver([matchId], [[vendor.organizationId, agency.organizationId]]);
    await settled();
    expect(await inboxTotal(agency.members[0].token)).toBe(1);
    expect(await inboxTotal(vendor.members[0].token)).toBe(1);
  });

  it('honours the channels an organisation chose', async () => {
    const before = { mails: smtp.messages.length, calls: hooks.calls.length };
    const quiet = await notify.organization({
      kind: 'agency',
      email: false,
      webhooks: false,
      webhookUrl: hooks.url('/quiet'),
    });
    const vendor = await notify.organization({ kind: 'vendor', email: false });
    await notify.introduce([[vendor.organizationId, quiet.organizationId]]);
    await settled();

    expect({ mails: smtp.messages.length, calls: hooks.calls.length }).toEqual(before);
    const settings = await app.request({
      method: 'GET',
      url: `/api/v1/organizations/${quiet.organizationId}/notification-settings`,
      token: quiet.members[0].token,
    });
    expect(settings.body).toMatchObject({ inApp: true, email: false, webhooks: false });
    const inbox = await app.request({
      method: 'GET',
      url: '/api/v1/notifications',
      token: quiet.members[0].token,
    });
    expect(inbox.body.total).toBe(1);
  });

  it('tells the vendor when a curator publishes a listing or asks for changes', async () => {
    const vendor = await notify.organization({ kind: 'vendor', locales: ['en'] });
    const admin = await kit.newAdmin();
    const catalog = new CatalogDriver(app, kit);
    await catalog.published(vendor.members[0], admin, { title: 'Bag filter retrofit' });
    const sentBack = await catalog.submitted(vendor.members[0], { title: 'Wet scrubber' });
    const moved = await catalog.move(admin, sentBack.id, 'request-changes', sentBack.version, {
      reason: 'Add test reports.',
    });
    expect(moved.status).toBe(200);
    await settled();

    const inbox = await app.request({
      method: 'GET',
      url: '/api/v1/notifications',
      token: vendor.members[0].token,
    });
    expect(inbox.body.items.map((item: { kind: string }) => item.kind).sort()).toEqual([
      'listing.changes-requested',
      'listing.published',
    ]);
    const subjects = smtp.messages
      .filter((mail) => mail.to.includes(vendor.members[0].email))
      .map((m) => m.headers.get('subject'));
    expect(subjects.sort()).toEqual([
      '3iPET: "Bag filter retrofit" is published',
      '3iPET: changes requested for "Wet scrubber"',
    ]);
  });
});
