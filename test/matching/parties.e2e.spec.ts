import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAdmin, factories } from '../support/factories';
import { MatchingKit, expectStatus } from './support/matching-kit';

describe.each(databaseLegs())('introduced parties answering (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let matching: MatchingKit;
  let admin: TestAdmin;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
    matching = new MatchingKit(app, kit);
    admin = await kit.newAdmin();
  });
  afterAll(() => app.close());

  const noticesOf = (matchId: string): Promise<{ organization_id: string; kind: string }[]> =>
    app.dataSource.query(`SELECT organization_id, kind FROM notification WHERE payload->>'matchId' = $1`, [
      matchId,
    ]);

  it('hides a proposal from both sides and shows the introduction to each, with its reasons and no contact yet', async () => {
    const proposal = await matching.proposal();
    expect((await matching.get(proposal.vendor, `/api/v1/matches/${proposal.matchId}`)).status).toBe(404);
    expect((await matching.get(proposal.agency, '/api/v1/matches')).body.total).toBe(0);

    await matching.approve(admin, proposal.matchId, proposal.version, 'Worth a call.');
    const asAgency = expectStatus(
      await matching.get(proposal.agency, `/api/v1/matches/${proposal.matchId}`),
      200,
    ).body;
    expect(asAgency).toMatchObject({
      side: 'need',
      status: 'introduced',
      introductionNote: 'Worth a call.',
      otherContact: null,
    });
    expect(asAgency.components).toHaveLength(6);
    const asVendor = expectStatus(
      await matching.get(proposal.vendor, `/api/v1/matches/${proposal.matchId}`),
      200,
    ).body;
    expect(asVendor).toMatchObject({
      side: 'vendor',
      need: { id: proposal.need.id },
      technology: { id: proposal.technology.id },
    });

    await app.settle();
    const inbox = expectStatus(
      await app.request({ method: 'GET', url: '/api/v1/notifications', token: proposal.vendor.token }),
      200,
    ).body;
    expect(inbox.items).toContainEqual(
      expect.objectContaining({
        kind: 'match.introduced',
        payload: expect.objectContaining({
          matchId: proposal.matchId,
          needTitle: proposal.need.title,
          technologyTitle: proposal.technology.title,
        }),
      }),
    );

    const stranger = await kit.newMember('agency');
    expect((await matching.get(stranger, `/api/v1/matches/${proposal.matchId}`)).status).toBe(404);
    expect((await matching.respond(stranger, proposal.matchId, 'interested')).status).toBe(404);
    expect((await matching.get(admin, `/api/v1/matches/${proposal.matchId}`)).status).toBe(403);
  });

  it('lists an agency’s introductions per need and a vendor’s per listing', async () => {
    const agency = await kit.newMember('agency');
    const vendor = await kit.newMember('vendor');
    const first = await matching.introduced(admin, { agency, vendor });
    const second = await matching.introduced(admin, { agency, vendor });
    const byNeed = await matching.get(agency, `/api/v1/matches?needId=${first.need.id}`);
    expect(byNeed.body.items.map((m: { id: string }) => m.id)).toEqual([first.matchId]);
    const byListing = await matching.get(vendor, `/api/v1/matches?technologyId=${second.technology.id}`);
    expect(byListing.body.items.map((m: { id: string }) => m.id)).toEqual([second.matchId]);
    expect((await matching.get(vendor, '/api/v1/matches?status=connected')).body.total).toBe(0);
    expect((await matching.get(vendor, '/api/v1/matches?status=proposed')).status).toBe(400);
  });

  it('connects on two yeses: then, and only then, each side sees the other’s contact person', async () => {
    const introduced = await matching.introduced(admin);
    const vendorYes = expectStatus(
      await matching.respond(introduced.vendor, introduced.matchId, 'interested', 'Happy to visit.'),
      200,
    );
    expect(vendorYes.body).toMatchObject({
      status: 'introduced',
      myResponse: { response: 'interested' },
      otherContact: null,
    });
    const agencyView = (await matching.get(introduced.agency, `/api/v1/matches/${introduced.matchId}`)).body;
    expect(agencyView.otherResponse).toMatchObject({ response: 'interested', message: 'Happy to visit.' });

    const agencyYes = expectStatus(
      await matching.respond(introduced.agency, introduced.matchId, 'interested'),
      200,
    ).body;
    expect(agencyYes.status).toBe('connected');
    expect(agencyYes.otherContact).toMatchObject({
      name: 'Contact Person',
      email: expect.stringContaining('@example.org'),
    });
    const vendorView = (await matching.get(introduced.vendor, `/api/v1/matches/${introduced.matchId}`)).body;
    expect(vendorView.otherContact.email).not.toBe(agencyYes.otherContact.email);

    await app.settle();
    const connected = (await noticesOf(introduced.matchId)).filter((n) => n.kind === 'match.connected');
    expect(connected.map((n) => n.organization_id).sort()).toEqual(
      [introduced.agency.organizationId, introduced.vendor.organizationId].sort(),
    );
    const again = await matching.respond(introduced.vendor, introduced.matchId, 'declined');
    expect(again.status).toBe(409);
  });

  it('declines on any no, telling only the other side, and takes each side’s answer once', async () => {
    const introduced = await matching.introduced(admin);
    expectStatus(await matching.respond(introduced.agency, introduced.matchId, 'interested'), 200);
    const twice = await matching.respond(introduced.agency, introduced.matchId, 'declined');
    expect(twice.status).toBe(409);
    expect(twice.body.type).toContain('already-responded');
    const no = expectStatus(
      await matching.respond(introduced.vendor, introduced.matchId, 'declined', 'No capacity.'),
      200,
    );
    expect(no.body).toMatchObject({ status: 'declined', otherContact: null });

    await app.settle();
    const declined = (await noticesOf(introduced.matchId)).filter((n) => n.kind === 'match.declined');
    expect(declined).toEqual([{ organization_id: introduced.agency.organizationId, kind: 'match.declined' }]);
    const history = (await matching.get(admin, `/api/v1/admin/matches/${introduced.matchId}/transitions`))
      .body.items;
    expect(
      history.map((t: { toStatus: string; actorRole: string }) => `${t.actorRole}:${t.toStatus}`),
    ).toEqual(['system:proposed', 'admin:introduced', 'agency:introduced', 'vendor:declined']);
  });

  it('connects when both sides say yes at the same moment', async () => {
    const introduced = await matching.introduced(admin);
    const answers = await Promise.all([
      matching.respond(introduced.agency, introduced.matchId, 'interested'),
      matching.respond(introduced.vendor, introduced.matchId, 'interested'),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(await matching.statusOf(introduced.matchId)).toBe('connected');
  });

  it('rejects an unknown answer naming the field and rule', async () => {
    const introduced = await matching.introduced(admin);
    const response = await matching.respond(introduced.agency, introduced.matchId, 'maybe');
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'response', rule: 'isIn' })]);
  });
});
