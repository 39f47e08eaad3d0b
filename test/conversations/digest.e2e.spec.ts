import { MessageDigests } from '@3ipet/conversations';
import { renderEmail } from '@3ipet/notifications';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAdmin, factories } from '../support/factories';
import { MatchingKit, expectStatus } from '../matching/support/matching-kit';
import { ConversationKit } from './support/conversation-kit';
import { digestsOf, passWindow } from './support/digests';
import { waitFor } from '../notifications/support/tally';

describe.each(databaseLegs())('conversation e-mail digests (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let matching: MatchingKit;
  let talk: ConversationKit;
  let admin: TestAdmin;
  let digests: MessageDigests;

  beforeAll(async () => {
    app = await bootTestApp(leg, { MESSAGE_DIGEST_MINUTES: '10', MESSAGE_DIGEST_CHECK_MS: '1000' });
    kit = await factories(app);
    matching = new MatchingKit(app, kit);
    talk = new ConversationKit(app);
    admin = await kit.newAdmin();
    digests = app.app.get(MessageDigests);
  });
  afterAll(() => app.close());

  it('sends one e-mail listing the messages of a window, and a new one for a message after it', async () => {
    const { vendor, agency, matchId, need, technology } = await matching.introduced(admin);
    for (const text of ['One', 'Two', 'Three', 'Four', 'Five']) {
      expectStatus(await talk.post(vendor, matchId, text), 201);
    }
    expect(await digests.sendDue()).toBe(0); // the window is still open

    await passWindow(app, matchId, 10);
    // Two runs at once (two workers): the row locks let one of them send it. (The scheduled run may beat both.)
    const [sent, again] = await Promise.all([digests.sendDue(), digests.sendDue()]);
    expect(sent + again).toBeLessThanOrEqual(1);
    await app.settle();
    const first = await digestsOf(app, matchId);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ organizationId: agency.organizationId, email: 'sent', inbox: 0 });
    expect(first[0].payload.messages.map((m: { excerpt: string }) => m.excerpt)).toEqual([
      'One',
      'Two',
      'Three',
      'Four',
      'Five',
    ]);
    const email = renderEmail('match.messages-digest', first[0].payload, 'en', 'https://3ipet.example.org');
    expect(email.subject).toBe('3iPET: 5 new message(s) on your match');
    expect(email.text).toContain(technology.title);
    expect(email.text).toContain(need.title);
    expect(email.text).toContain(`https://3ipet.example.org/matches/${matchId}`);
    expect(await digests.sendDue()).toBe(0);

    expectStatus(await talk.post(vendor, matchId, 'Six, after the digest'), 201);
    expect(await digests.sendDue()).toBe(0);
    await passWindow(app, matchId, 10);
    await digests.sendDue();
    await app.settle();
    const both = await digestsOf(app, matchId);
    expect(both).toHaveLength(2);
    expect(both[1].payload.messages.map((m: { excerpt: string }) => m.excerpt)).toEqual([
      'Six, after the digest',
    ]);

    // The digest is an e-mail only: the inbox listed each message already.
    const inbox = expectStatus(
      await app.request({ method: 'GET', url: '/api/v1/notifications', token: agency.token }),
      200,
    ).body;
    expect(inbox.items.filter((n: { kind: string }) => n.kind === 'match.messages-digest')).toEqual([]);
    expect(inbox.items.filter((n: { kind: string }) => n.kind === 'match.message')).toHaveLength(6);
  });

  it('is sent by the scheduled run in the process (embedded mode) once the window has passed', async () => {
    const { vendor, agency, matchId } = await matching.introduced(admin);
    expectStatus(await talk.post(agency, matchId, 'Nobody asks for this digest'), 201);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await digestsOf(app, matchId)).toEqual([]);
    await passWindow(app, matchId, 10);
    await waitFor('the scheduled digest run', async () => (await digestsOf(app, matchId)).length > 0, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const sent = await digestsOf(app, matchId);
    expect(sent.map((digest) => digest.organizationId)).toEqual([vendor.organizationId]);
  });

  it('leaves out what a member of the organisation already read in the app', async () => {
    const { vendor, agency, matchId } = await matching.introduced(admin);
    expectStatus(await talk.post(vendor, matchId, 'Read at once'), 201);
    const colleague = await kit.newMember('agency', { organizationId: agency.organizationId });
    expectStatus(await talk.read(colleague, matchId), 200);
    await passWindow(app, matchId, 10);
    await digests.sendDue();
    expect(await digestsOf(app, matchId)).toEqual([]);

    expectStatus(await talk.post(vendor, matchId, 'Not read yet'), 201);
    await passWindow(app, matchId, 10);
    await digests.sendDue();
    const sent = await digestsOf(app, matchId);
    expect(sent.map((digest) => digest.payload.messages.map((m) => m.excerpt))).toEqual([['Not read yet']]);
  });

  it('sends a curator’s message to both sides, each in its own digest per thread', async () => {
    const agency = await kit.newMember('agency');
    const vendor = await kit.newMember('vendor');
    const one = await matching.introduced(admin, { agency, vendor });
    const two = await matching.introduced(admin, { agency, vendor });
    expectStatus(await talk.post(admin, one.matchId, 'Curators here'), 201);
    expectStatus(await talk.post(vendor, two.matchId, 'Other thread'), 201);
    await passWindow(app, one.matchId, 10);
    await passWindow(app, two.matchId, 10);
    await digests.sendDue();
    await app.settle();
    expect((await digestsOf(app, one.matchId)).map((d) => d.organizationId).sort()).toEqual(
      [agency.organizationId, vendor.organizationId].sort(),
    );
    expect((await digestsOf(app, two.matchId)).map((d) => d.organizationId)).toEqual([agency.organizationId]);
  });
});
