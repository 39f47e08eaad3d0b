import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAdmin, factories } from '../support/factories';
import { MatchingKit, expectStatus } from '../matching/support/matching-kit';
import { ConversationKit } from './support/conversation-kit';

describe.each(databaseLegs())('a conversation per introduction (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let matching: MatchingKit;
  let talk: ConversationKit;
  let admin: TestAdmin;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
    matching = new MatchingKit(app, kit);
    talk = new ConversationKit(app);
    admin = await kit.newAdmin();
  });
  afterAll(() => app.close());

  it('lets both sides and curators talk from the introduction on, and nobody else', async () => {
    const proposal = await matching.proposal();
    expect((await talk.post(proposal.vendor, proposal.matchId, 'Too early')).status).toBe(404);
    expect((await talk.list(admin, proposal.matchId)).status).toBe(404);
    await matching.approve(admin, proposal.matchId, proposal.version);

    const { vendor, agency, matchId } = proposal;
    const first = expectStatus(await talk.post(vendor, matchId, 'Hello from the vendor'), 201).body;
    expect(first).toMatchObject({ text: 'Hello from the vendor', mine: true, author: { seat: 'vendor' } });
    expectStatus(await talk.post(agency, matchId, 'Hello from the agency'), 201);
    expectStatus(await talk.post(admin, matchId, 'A curator joins'), 201);

    const asAgency = expectStatus(await talk.list(agency, matchId), 200).body;
    expect(asAgency.items.map((m: { text: string }) => m.text)).toEqual([
      'Hello from the vendor',
      'Hello from the agency',
      'A curator joins',
    ]);
    expect(asAgency.items.map((m: { author: { seat: string } }) => m.author.seat)).toEqual([
      'vendor',
      'need',
      'curator',
    ]);
    expect(asAgency.items[0].mine).toBe(false);
    expect(asAgency.total).toBe(3);

    const paged = expectStatus(await talk.list(vendor, matchId, '?page=2&limit=2'), 200).body;
    expect(paged.items.map((m: { text: string }) => m.text)).toEqual(['A curator joins']);

    const colleague = await kit.newMember('agency', { organizationId: agency.organizationId });
    expect((await talk.list(colleague, matchId)).status).toBe(200);

    const strangerAgency = await kit.newMember('agency');
    const strangerVendor = await kit.newMember('vendor');
    for (const stranger of [strangerAgency, strangerVendor]) {
      expect((await talk.list(stranger, matchId)).status).toBe(404);
      expect((await talk.post(stranger, matchId, 'Let me in')).status).toBe(404);
      expect((await talk.read(stranger, matchId)).status).toBe(404);
      expect((await talk.edit(stranger, matchId, first.id, 'Mine now')).status).toBe(404);
    }
    expect((await talk.list(null, matchId)).status).toBe(401);
    expect((await talk.list(vendor, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('stores plain text: control and direction-override characters go, HTML stays text, only http(s) links', async () => {
    const { vendor, agency, matchId } = await matching.introduced(admin);
    const raw =
      'Report:\r\nhttps://example.org/kiln-report.pdf?x=1.\u0007\u202e\n\n\n\n<script>alert(1)</script> javascript:alert(1)   ';
    const posted = expectStatus(await talk.post(vendor, matchId, raw), 201).body;
    expect(posted.text).toBe(
      'Report:\nhttps://example.org/kiln-report.pdf?x=1.\n\n<script>alert(1)</script> javascript:alert(1)',
    );
    expect(posted.links).toEqual(['https://example.org/kiln-report.pdf?x=1']);
    const read = expectStatus(await talk.list(agency, matchId), 200).body;
    expect(read.items[0].text).toBe(posted.text);
  });

  it('refuses bad input with a 4xx naming the field, and writes nothing', async () => {
    const { vendor, matchId } = await matching.introduced(admin);
    const cases: [unknown, string][] = [
      ['', 'text'],
      ['   \u200b ', 'text'],
      ['\u0007\u202e', 'text'],
      ['x'.repeat(5001), 'text'],
      [42, 'text'],
    ];
    for (const [text, field] of cases) {
      const response = await talk.post(vendor, matchId, text);
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect((await talk.post(vendor, 'not-a-uuid', 'Hello')).body.errors[0].field).toBe('id');
    const badKey = await talk.post(vendor, matchId, 'Hello', 'x'.repeat(201));
    expect(badKey.status).toBe(400);
    expect(badKey.body.errors[0].field).toBe('Idempotency-Key');
    expect((await talk.list(vendor, matchId, '?limit=0')).status).toBe(400);
    expect(expectStatus(await talk.list(vendor, matchId), 200).body.total).toBe(0);
  });

  it('lets only the author edit, keeping each replaced text as history', async () => {
    const { vendor, agency, matchId } = await matching.introduced(admin);
    const message = expectStatus(await talk.post(vendor, matchId, 'Price: 40k USD'), 201).body;
    expect((await talk.edit(agency, matchId, message.id, 'Free!')).status).toBe(403);
    expect((await talk.edit(admin, matchId, message.id, 'Free!')).status).toBe(403);
    expectStatus(await talk.edit(vendor, matchId, message.id, 'Price: 45k USD'), 200);
    const edited = expectStatus(
      await talk.edit(vendor, matchId, message.id, 'Price: 45k USD, delivered'),
      200,
    ).body;
    expect(edited.text).toBe('Price: 45k USD, delivered');
    expect(edited.editedAt).not.toBeNull();
    expect(edited.edits.map((e: { text: string }) => e.text)).toEqual(['Price: 40k USD', 'Price: 45k USD']);
    const listed = expectStatus(await talk.list(agency, matchId), 200).body.items[0];
    expect(listed.edits).toHaveLength(2);
    expect((await talk.edit(vendor, matchId, message.id, '')).status).toBe(400);
    const otherMatch = await matching.introduced(admin, { vendor });
    expect((await talk.edit(vendor, otherMatch.matchId, message.id, 'Moved')).status).toBe(404);
  });

  it('writes a retried post once (Idempotency-Key), and refuses the key on another match', async () => {
    const { vendor, agency, matchId } = await matching.introduced(admin);
    const [a, b] = await Promise.all([
      talk.post(vendor, matchId, 'Sent on a bad line', 'retry-1'),
      talk.post(vendor, matchId, 'Sent on a bad line', 'retry-1'),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).toBe(b.body.id);
    const again = expectStatus(await talk.post(vendor, matchId, 'Sent on a bad line', 'retry-1'), 201);
    expect(again.body.id).toBe(a.body.id);
    expect(expectStatus(await talk.list(agency, matchId), 200).body.total).toBe(1);
    await app.settle();
    const [{ notices }] = await app.dataSource.query(
      `SELECT count(*)::int AS notices FROM notification WHERE kind = 'match.message' AND payload->>'matchId' = $1`,
      [matchId],
    );
    expect(notices).toBe(1);
    // The same key from someone else is their own.
    expectStatus(await talk.post(agency, matchId, 'Mine', 'retry-1'), 201);
    const elsewhere = await matching.introduced(admin, { vendor });
    expect((await talk.post(vendor, elsewhere.matchId, 'Hi', 'retry-1')).status).toBe(409);
  });

  it('closes the conversation to new messages once the match is declined, keeping it readable', async () => {
    const { vendor, agency, matchId } = await matching.introduced(admin);
    const message = expectStatus(await talk.post(vendor, matchId, 'Interested?'), 201).body;
    expectStatus(await matching.respond(agency, matchId, 'declined'), 200);
    const closed = await talk.post(vendor, matchId, 'Please reconsider');
    expect(closed.status).toBe(409);
    expect(closed.body.type).toMatch(/conversation-closed$/);
    expect((await talk.edit(vendor, matchId, message.id, 'Edited')).status).toBe(409);
    expect(expectStatus(await talk.list(agency, matchId), 200).body.total).toBe(1);
  });

  it('tells the other side in its inbox at once, without an e-mail per message', async () => {
    const { vendor, agency, matchId } = await matching.introduced(admin);
    await app.settle();
    expectStatus(await talk.post(vendor, matchId, 'First question'), 201);
    expectStatus(await talk.post(admin, matchId, 'Curator note'), 201);
    await app.settle();
    const inboxOf = async (token: string) =>
      expectStatus(
        await app.request({ method: 'GET', url: '/api/v1/notifications', token }),
        200,
      ).body.items.filter((n: { kind: string }) => n.kind === 'match.message');
    const agencyInbox = await inboxOf(agency.token);
    expect(agencyInbox.map((n: { payload: { excerpt: string } }) => n.payload.excerpt).sort()).toEqual([
      'Curator note',
      'First question',
    ]);
    expect(
      (await inboxOf(vendor.token)).map((n: { payload: { excerpt: string } }) => n.payload.excerpt),
    ).toEqual(['Curator note']);
    const [{ emails }] = await app.dataSource.query(
      `SELECT count(*)::int AS emails FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
        WHERE d.channel = 'email' AND n.payload->>'matchId' = $1 AND n.kind LIKE 'match.message%'`,
      [matchId],
    );
    expect(emails).toBe(0);

    // Reading the conversation reads its notices in the organisation's inbox too.
    expect(agencyInbox.every((n: { readAt: string | null }) => n.readAt === null)).toBe(true);
    expectStatus(await talk.read(agency, matchId), 200);
    const afterReading = await inboxOf(agency.token);
    expect(afterReading).toHaveLength(2);
    expect(afterReading.every((n: { readAt: string | null }) => n.readAt !== null)).toBe(true);
  });

  it('counts unread messages per user and match until read, and in total', async () => {
    const agency = await kit.newMember('agency');
    const vendor = await kit.newMember('vendor');
    const one = await matching.introduced(admin, { agency, vendor });
    const two = await matching.introduced(admin, { agency, vendor });
    expectStatus(await talk.post(vendor, one.matchId, 'a'), 201);
    expectStatus(await talk.post(vendor, one.matchId, 'b'), 201);
    expectStatus(await talk.post(vendor, two.matchId, 'c'), 201);
    expectStatus(await talk.post(admin, two.matchId, 'd'), 201);

    const unread = expectStatus(await talk.unread(agency), 200).body;
    expect(unread.total).toBe(4);
    expect(unread.matches).toEqual(
      expect.arrayContaining([
        { matchId: one.matchId, unread: 2 },
        { matchId: two.matchId, unread: 2 },
      ]),
    );
    expect(expectStatus(await talk.unread(vendor), 200).body.total).toBe(1);
    expect(expectStatus(await talk.list(agency, one.matchId), 200).body.unread).toBe(2);

    // Reading the list does not mark it read; the read marker does.
    expect(expectStatus(await talk.read(agency, one.matchId), 200).body).toMatchObject({ unread: 0 });
    expect(expectStatus(await talk.unread(agency), 200).body.total).toBe(2);
    const colleague = await kit.newMember('agency', { organizationId: agency.organizationId });
    expect(expectStatus(await talk.unread(colleague), 200).body.total).toBe(4);

    // Writing marks the thread read for the author; their colleagues' messages are never unread to them.
    expectStatus(await talk.post(agency, two.matchId, 'reply'), 201);
    expect(expectStatus(await talk.unread(agency), 200).body.total).toBe(0);
    expect(expectStatus(await talk.unread(colleague), 200).body.total).toBe(4);
    expect(expectStatus(await talk.unread(vendor), 200).body.total).toBe(2);

    const adminUnread = expectStatus(await talk.unread(admin), 200).body;
    expect(adminUnread.matches).toEqual(expect.arrayContaining([{ matchId: one.matchId, unread: 2 }]));
    expect(expectStatus(await talk.read(admin, one.matchId), 200).body.unread).toBe(0);
    expect((await talk.unread(null)).status).toBe(401);
  });
});
