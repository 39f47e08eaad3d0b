import type { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { ClaimVerificationService } from '@3ipet/catalog';
import { VerdictExpiry } from '@3ipet/reviews';
import { InlineJobQueue, JobQueue } from '@3ipet/queue';
import { type TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { type Factories, type TestAdmin, type TestMember, factories } from '../support/factories';
import { CatalogDriver, expectStatus } from '../catalog/support/catalog-kit';
import { pdf, upload } from '../files/support/file-fixtures';
import { testEnv } from '../support/env';
import { deleteRedisKeys, uniqueRedisPrefix } from '../support/redis';
import { waitFor } from '../notifications/support/tally';
import { type SharedDatabase, sharedDatabase } from '../notifications/support/shared-database';
import { FULL_CRITERIA, ReviewsKit } from './support/reviews-kit';

const VALID_DAYS = 30;

describe.each(databaseLegs())('expert reviews (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let catalog: CatalogDriver;
  let reviews: ReviewsKit;
  let admin: TestAdmin;
  let vendor: TestMember;

  beforeAll(async () => {
    app = await bootTestApp(leg, { REVIEW_VERDICT_VALID_DAYS: String(VALID_DAYS) });
    kit = await factories(app);
    catalog = new CatalogDriver(app, kit);
    reviews = new ReviewsKit(app, kit);
    admin = await kit.newAdmin();
    vendor = await kit.newMember('vendor');
  }, 180_000);
  afterAll(() => app?.close());

  /** A draft listing of the vendor (one removal-efficiency claim from its fields) with an outlet-concentration claim whose evidence is an uploaded PDF. */
  async function draftWithEvidence(owner: TestMember = vendor) {
    const draft = await catalog.create(owner, {
      title: `Kiln ESP ${Math.random().toString(16).slice(2, 8)}`,
    });
    const file = expectStatus(await upload(app, owner.token, 'test-report.pdf', pdf(3000)), 201).body;
    expectStatus(
      await app.request({
        method: 'POST',
        url: `/api/v1/technologies/${draft.id}/evidence`,
        token: owner.token,
        body: {
          kind: 'outlet-concentration',
          pollutant: 'pm10',
          statement: 'PM10 below 18 mg/Nm³ at the stack',
          evidence: { fileId: file.id, issuer: 'Hetauda Test Lab', issuerKind: 'lab' },
        },
      }),
      201,
    );
    return { technologyId: draft.id, fileId: file.id as string, fileUrl: file.url as string };
  }

  it('invites an expert by e-mail: accepting creates an expert account without an organisation', async () => {
    const email = `invited-expert-${Date.now()}@example.org`;
    expect((await reviews.call('POST', '/reviews/experts/invitations', vendor.token, { email })).status).toBe(
      403,
    );
    const invited = expectStatus(
      await reviews.call('POST', '/reviews/experts/invitations', admin.token, { email }),
      201,
    ).body;
    const pending = expectStatus(
      await reviews.call('GET', '/reviews/experts/invitations', admin.token),
      200,
    ).body;
    expect(pending.items.map((item: { email: string }) => item.email)).toContain(email);
    const session = expectStatus(
      await app.request({
        method: 'POST',
        url: '/api/v1/auth/accept-invitation',
        body: { token: invited.token, displayName: 'Dr. Invited', password: 'a-long-expert-password-1' },
      }),
      201,
    ).body;
    expect(session.user).toMatchObject({ role: 'expert', organizationId: null, email });
    const me = expectStatus(await reviews.call('GET', '/reviews/experts/me', session.accessToken), 200).body;
    expect(me).toMatchObject({ displayName: 'Dr. Invited', conflicts: [] });
    const profile = expectStatus(
      await reviews.call('PUT', '/reviews/experts/me/profile', session.accessToken, {
        categories: ['end-of-pipe.esp'],
        pollutants: ['pm2.5'],
        sectors: ['industry'],
        countries: ['NP', 'CN'],
        bio: 'Twenty years of kiln dust control.',
      }),
      200,
    ).body;
    expect(profile.profile).toMatchObject({ countries: ['NP', 'CN'], pollutants: ['pm2.5'] });
    const bad = await reviews.call('PUT', '/reviews/experts/me/profile', session.accessToken, {
      categories: ['no-such-category'],
      pollutants: [],
      sectors: [],
      countries: [],
      bio: '',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'categories', rule: 'inTaxonomy' });
    const listed = expectStatus(await reviews.call('GET', '/reviews/experts', admin.token), 200).body;
    expect(listed.items.map((item: { email: string }) => item.email)).toContain(email);
    const audit = await app.dataSource.query(
      `SELECT action FROM audit_entry WHERE action IN ('expert.invited', 'expert.joined', 'expert.profile-updated')`,
    );
    expect(new Set(audit.map((row: { action: string }) => row.action)).size).toBe(3);
    // The expert's e-mail is only for the expert: their own routes refuse everyone else.
    expect((await reviews.call('GET', '/reviews/experts/me', vendor.token)).status).toBe(403);
  });

  it('refuses an assignment to an expert with a declared conflict, naming it (409)', async () => {
    const expert = await reviews.newExpert('Dr. Conflicted');
    const { technologyId } = await draftWithEvidence();
    expectStatus(
      await reviews.call('PUT', `/reviews/experts/me/conflicts/${vendor.organizationId}`, expert.token, {
        reason: 'former employer',
      }),
      200,
    );
    const refused = await reviews.assign(admin.token, technologyId, [expert.userId]);
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ expertId: expert.userId, organizationId: vendor.organizationId });
    expect(refused.body.type).toMatch(/conflict-of-interest/);
    expect(refused.body.detail).toMatch(/Dr\. Conflicted.*former employer/);
    expect(
      await app.dataSource.query(`SELECT id FROM review WHERE technology_id = $1`, [technologyId]),
    ).toEqual([]);
    expectStatus(
      await reviews.call('DELETE', `/reviews/experts/me/conflicts/${vendor.organizationId}`, expert.token),
      200,
    );
    expectStatus(await reviews.assign(admin.token, technologyId, [expert.userId]), 201);
    const notAnExpert = await reviews.assign(admin.token, technologyId, [vendor.userId]);
    expect(notAnExpert.status).toBe(422);
  });

  it('shows an expert only what is assigned to them: the draft listing, its claims and evidence files', async () => {
    const assigned = await reviews.newExpert('Dr. Assigned');
    const other = await reviews.newExpert('Dr. Other');
    const stranger = await kit.newMember('vendor');
    const { technologyId, fileId, fileUrl } = await draftWithEvidence();
    // Before any assignment: nobody new reads the draft's evidence file.
    for (const token of [assigned.token, other.token, stranger.token])
      expect((await app.request({ method: 'GET', url: fileUrl, token })).status).toBe(404);

    const reviewId = await reviews.reviewOf(admin.token, technologyId, assigned.userId);
    const material = expectStatus(await reviews.material(assigned.token, reviewId), 200).body;
    expect(material.review).toMatchObject({ technologyId, status: 'assigned', technologyStatus: 'draft' });
    expect(material.claims.map((claim: { statement: string }) => claim.statement)).toContain(
      'PM10 below 18 mg/Nm³ at the stack',
    );
    expect(material.files.map((file: { id: string }) => file.id)).toContain(fileId);
    expect((await app.request({ method: 'GET', url: fileUrl, token: assigned.token })).status).toBe(200);

    for (const token of [other.token, stranger.token])
      expect((await app.request({ method: 'GET', url: fileUrl, token })).status).toBe(404);
    expect((await reviews.material(other.token, reviewId)).status).toBe(404);
    expect((await reviews.material(vendor.token, reviewId)).status).toBe(403);
    expect((await catalog.get(null, technologyId)).status).toBe(404);
    const theirs = expectStatus(await reviews.call('GET', '/reviews/assignments', other.token), 200).body;
    expect(theirs.items).toEqual([]);
    const mine = expectStatus(await reviews.call('GET', '/reviews/assignments', assigned.token), 200).body;
    expect(mine.items.map((item: { id: string }) => item.id)).toEqual([reviewId]);
    // The assignment told the expert (e-mail through the account-mail outbox).
    const told = await app.dataSource.query(
      `SELECT kind FROM review_notice WHERE user_id = $1 AND payload->>'technologyId' = $2`,
      [assigned.userId, technologyId],
    );
    expect(told).toEqual([{ kind: 'review.assigned' }]);
  });

  it('validates a review: scores 1-5, comments, a note for conditions, every claim marked before submitting', async () => {
    const expert = await reviews.newExpert();
    const { technologyId } = await draftWithEvidence();
    const reviewId = await reviews.reviewOf(admin.token, technologyId, expert.userId);
    const material = expectStatus(await reviews.material(expert.token, reviewId), 200).body;
    const claimId = material.claims[0].id as string;

    for (const score of [0, 6, 2.5]) {
      const refused = await reviews.save(expert.token, reviewId, {
        criteria: { advancement: { score, comment: 'x' } },
        marks: [],
      });
      expect(refused.status).toBe(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain(
        'criteria.advancement.score',
      );
    }
    const noNote = await reviews.save(expert.token, reviewId, {
      criteria: {},
      marks: [{ claimId, outcome: 'confirmed-with-conditions' }],
    });
    expect(noNote.status).toBe(400);
    expect(noNote.body.errors[0]).toMatchObject({ field: 'marks.0.note', rule: 'conditionsRequired' });
    const badOutcome = await reviews.save(expert.token, reviewId, {
      criteria: {},
      marks: [{ claimId, outcome: 'stated' }],
    });
    expect(badOutcome.status).toBe(400);

    const draft = expectStatus(
      await reviews.save(expert.token, reviewId, {
        criteria: { advancement: FULL_CRITERIA.advancement },
        marks: [],
      }),
      200,
    ).body;
    expect(draft.status).toBe('draft');
    const incomplete = await reviews.submit(expert.token, reviewId);
    expect(incomplete.status).toBe(400);
    const fields = incomplete.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['criteria.practicality', 'criteria.serviceCapacity', 'marks']),
    );
    expect(fields).not.toContain('criteria.advancement');

    const submitted = await reviews.submitted(expert.token, reviewId);
    expect(submitted).toMatchObject({ status: 'submitted' });
    expect(submitted.submittedAt).toBeTruthy();
    const again = await reviews.save(expert.token, reviewId, { criteria: {}, marks: [] });
    expect(again.status).toBe(409);
    const notices = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM review_notice WHERE kind = 'review.submitted' AND dedup_key = $1`,
      [`review-submitted:${reviewId}`],
    );
    expect(notices[0].n).toBeGreaterThanOrEqual(1);
  });

  it('publishes a verdict that marks the claims, the vendor reads it and answers once', async () => {
    const first = await reviews.newExpert('Dr. First');
    const second = await reviews.newExpert('Dr. Second');
    const { technologyId } = await draftWithEvidence();
    const a = await reviews.reviewOf(admin.token, technologyId, first.userId);
    const b = await reviews.reviewOf(admin.token, technologyId, second.userId);
    await reviews.submitted(first.token, a, 'confirmed');

    const early = await reviews.call('POST', '/reviews/verdicts', admin.token, {
      technologyId,
      reviewIds: [a, b],
    });
    expect(early.status).toBe(422);
    expect(early.body.reviewIds).toEqual([b]);
    await reviews.submitted(second.token, b, 'confirmed-with-conditions');
    expect(
      (await reviews.call('POST', '/reviews/verdicts', vendor.token, { technologyId, reviewIds: [a, b] }))
        .status,
    ).toBe(403);

    const verdict = expectStatus(
      await reviews.call('POST', '/reviews/verdicts', admin.token, {
        technologyId,
        reviewIds: [a, b],
        summary: 'Sound design; service network still thin.',
      }),
      201,
    ).body;
    expect(verdict.criteria.advancement).toEqual({
      score: 4,
      comments: [FULL_CRITERIA.advancement.comment, FULL_CRITERIA.advancement.comment],
    });
    expect(
      verdict.marks.every((mark: { outcome: string }) => mark.outcome === 'confirmed-with-conditions'),
    ).toBe(true);
    const days = (Date.parse(verdict.validUntil) - Date.parse(verdict.publishedAt)) / 86_400_000;
    expect(Math.round(days)).toBe(VALID_DAYS);

    const claims = await app.app.get(ClaimVerificationService).claimsOf(undefined, technologyId);
    for (const claim of claims) {
      expect(claim).toMatchObject({ verification: 'confirmed-with-conditions', verdictId: verdict.id });
      expect(claim.verificationNote).toMatch(/full load/);
    }
    const closed = expectStatus(await reviews.material(first.token, a), 200).body;
    expect(closed.review).toMatchObject({ status: 'closed', verdictId: verdict.id });

    const seen = expectStatus(
      await reviews.call('GET', `/reviews/verdicts?technologyId=${technologyId}`, vendor.token),
      200,
    ).body;
    expect(seen.items).toHaveLength(1);
    expect(seen.items[0]).toMatchObject({ id: verdict.id, answer: null });
    const other = await kit.newMember('vendor');
    expect(
      (await reviews.call('GET', `/reviews/verdicts?technologyId=${technologyId}`, other.token)).status,
    ).toBe(404);
    expect(
      (await reviews.call('POST', `/reviews/verdicts/${verdict.id}/answer`, other.token, { answer: 'x' }))
        .status,
    ).toBe(404);
    const answered = expectStatus(
      await reviews.call('POST', `/reviews/verdicts/${verdict.id}/answer`, vendor.token, {
        answer: 'A service partner in Kathmandu starts next quarter.',
      }),
      200,
    ).body;
    expect(answered.answer).toMatch(/Kathmandu/);
    const twice = await reviews.call('POST', `/reviews/verdicts/${verdict.id}/answer`, vendor.token, {
      answer: 'Again',
    });
    expect(twice.status).toBe(409);

    const published = await app.dataSource.query(
      `SELECT organization_id FROM notification WHERE kind = 'review.verdict-published' AND payload->>'verdictId' = $1`,
      [verdict.id],
    );
    expect(published).toEqual([{ organization_id: vendor.organizationId }]);
    const actions = (
      await app.dataSource.query(`SELECT action FROM audit_entry WHERE target_id = $1 ORDER BY id`, [
        technologyId,
      ])
    ).map((row: { action: string }) => row.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'review.assigned',
        'review.submitted',
        'review.verdict-published',
        'review.verdict-answered',
      ]),
    );
  });

  it('expires verdicts after REVIEW_VERDICT_VALID_DAYS: claims back to stated, vendor and admins told, once', async () => {
    const expert = await reviews.newExpert();
    const { technologyId } = await draftWithEvidence();
    const reviewId = await reviews.reviewOf(admin.token, technologyId, expert.userId);
    await reviews.submitted(expert.token, reviewId);
    const verdict = expectStatus(
      await reviews.call('POST', '/reviews/verdicts', admin.token, { technologyId, reviewIds: [reviewId] }),
      201,
    ).body;
    const expiry = app.app.get(VerdictExpiry);
    await expiry.expireDue();
    expect(
      (await app.app.get(ClaimVerificationService).claimsOf(undefined, technologyId))[0].verification,
    ).toBe('confirmed');

    await app.dataSource.query(
      `UPDATE review_verdict SET valid_until = now() - interval '1 day' WHERE id = $1`,
      [verdict.id],
    );
    expect(await Promise.all([expiry.expireDue(), expiry.expireDue()])).toEqual(
      expect.arrayContaining([1, 0]),
    );
    expect(await expiry.expireDue()).toBe(0);
    const claims = await app.app.get(ClaimVerificationService).claimsOf(undefined, technologyId);
    for (const claim of claims) expect(claim).toMatchObject({ verification: 'stated', verdictId: null });
    const seen = expectStatus(
      await reviews.call('GET', `/reviews/verdicts?technologyId=${technologyId}`, vendor.token),
      200,
    ).body;
    expect(seen.items[0].expiredAt).toBeTruthy();
    const audits = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'review.verdict-expired' AND target_id = $1`,
      [technologyId],
    );
    expect(audits[0].n).toBe(1);
    const vendorTold = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE kind = 'review.verdict-expired' AND payload->>'verdictId' = $1`,
      [verdict.id],
    );
    expect(vendorTold[0].n).toBe(1);
    const adminsTold = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM review_notice WHERE user_id = $1 AND dedup_key = $2`,
      [admin.userId, `verdict-expired:${verdict.id}`],
    );
    expect(adminsTold[0].n).toBe(1);
    // A re-review may be assigned to the same expert now that the last one is closed.
    expectStatus(await reviews.assign(admin.token, technologyId, [expert.userId]), 201);
  });

  it('schedules the expiry check on the wall clock', () => {
    const queue = app.app.get(JobQueue);
    if (!(queue instanceof InlineJobQueue)) throw new Error('expected the in-process queue');
    expect(queue.schedules()).toContainEqual({ schedulerId: 'reviews-verdict-expiry', everyMs: 3_600_000 });
  });
});

/** Only where PostgreSQL and Redis are given: two worker processes need a database both can open at once. */
const bullmqLegs = testEnv.redisUrl && testEnv.databaseUrl ? ['postgres'] : [];

for (const bullmqLeg of bullmqLegs)
  describe(`verdict expiry with two workers on BullMQ (${bullmqLeg})`, () => {
    const redisPrefix = uniqueRedisPrefix();
    let db: SharedDatabase;
    const workers: INestApplicationContext[] = [];

    beforeAll(async () => {
      db = await sharedDatabase('postgres', {
        REDIS_URL: testEnv.redisUrl!,
        REDIS_PREFIX: redisPrefix,
        REVIEW_EXPIRY_CHECK_INTERVAL_MS: '1000',
      });
    }, 120_000);
    afterAll(async () => {
      for (const worker of workers) await worker.close();
      await db?.close();
      await deleteRedisKeys(testEnv.redisUrl!, redisPrefix);
    }, 120_000);

    it('runs once per tick however many workers run, and withdraws each verdict once', async () => {
      await db.use(async (api) => {
        const kit = await factories(api);
        const reviews = new ReviewsKit(api, kit);
        const catalog = new CatalogDriver(api, kit);
        const admin = await kit.newAdmin();
        const vendor = await kit.newMember('vendor');
        const expert = await reviews.newExpert();
        const { id: technologyId } = await catalog.create(vendor);
        const reviewId = await reviews.reviewOf(admin.token, technologyId, expert.userId);
        await reviews.submitted(expert.token, reviewId);
        const verdict = expectStatus(
          await reviews.call('POST', '/reviews/verdicts', admin.token, {
            technologyId,
            reviewIds: [reviewId],
          }),
          201,
        ).body;
        await api.dataSource.query(
          `UPDATE review_verdict SET valid_until = now() - interval '1 day' WHERE id = $1`,
          [verdict.id],
        );
        const expiredAudits = async () =>
          (
            await api.dataSource.query(
              `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'review.verdict-expired' AND target_id = $1`,
              [technologyId],
            )
          )[0].n as number;

        const startedAt = Date.now();
        workers.push(await db.startWorker(), await db.startWorker());
        await waitFor('the verdict expired', async () => (await expiredAudits()) === 1, 30_000);
        await new Promise((resolve) => setTimeout(resolve, 3500));
        expect(await expiredAudits()).toBe(1);
        const [claim] = await api.dataSource.query(
          `SELECT verification FROM technology_claim WHERE technology_id = $1`,
          [technologyId],
        );
        expect(claim.verification).toBe('stated');

        const queue = new Queue('reviews-maintenance', {
          connection: { url: testEnv.redisUrl! },
          prefix: redisPrefix,
        });
        try {
          const runs = await queue.getJobs(['completed', 'active', 'failed']);
          const elapsedTicks = Math.ceil((Date.now() - startedAt) / 1000);
          expect(runs.length).toBeGreaterThanOrEqual(3);
          expect(runs.length).toBeLessThanOrEqual(elapsedTicks + 1);
          expect(new Set(runs.map((job) => job.timestamp)).size).toBe(runs.length);
        } finally {
          await queue.close();
        }
      });
    }, 120_000);
  });
