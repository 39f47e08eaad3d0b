import fc from 'fast-check';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs, propertyRunsOn } from '../support/database';
import { TestMember, factories } from '../support/factories';
import { anyBody, expectWellFormedAnswer } from './support/fuzz';
import { CURRENT_VERSION, NEED_FIELDS, closeBody, needBody, needPatch } from './support/need-arbitraries';
import { NeedsDriver } from './support/needs-kit';

const RUNS = 1000;

describe.each(databaseLegs())(
  'need DTOs: any input answers 2xx or 4xx, and a rejected one writes nothing (%s)',
  (leg) => {
    const runs = propertyRunsOn(leg, RUNS);
    let app: TestApp;
    let owner: TestMember;
    let needs: NeedsDriver;

    beforeAll(async () => {
      app = await bootTestApp(leg);
      const kit = await factories(app);
      needs = new NeedsDriver(app, kit);
      owner = await needs.verifiedMember('agency');
    });
    afterAll(() => app.close());

    const count = async (table: string): Promise<number> =>
      (await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
    /** Rows this lib writes; other libs react to them in the background with rows of their own. */
    const needChanges = async (): Promise<number> =>
      (
        await app.dataSource.query(
          `SELECT count(*)::int AS n FROM outbox_message WHERE job_type = 'matching.need-changed'`,
        )
      )[0].n;
    const rowOf = async (id: string): Promise<Record<string, unknown>> =>
      (await app.dataSource.query(`SELECT * FROM need WHERE id = $1`, [id]))[0];
    const withVersion = (input: { body?: unknown; raw?: string }, version: number) => {
      const body = input.body as Record<string, unknown> | undefined;
      if (body && typeof body === 'object' && !Array.isArray(body) && body.version === CURRENT_VERSION) {
        return { ...input, body: { ...body, version } };
      }
      return input;
    };
    const send = (method: 'POST' | 'PATCH', url: string, input: { body?: unknown; raw?: string }) =>
      app.request({
        method,
        url,
        body: input.raw === undefined ? input.body : undefined,
        rawBody: input.raw,
        token: owner.token,
      });

    it('POST /needs', async () => {
      let created = 0;
      await fc.assert(
        fc.asyncProperty(anyBody(needBody, NEED_FIELDS), async (input) => {
          const before = [await count('need'), await needChanges()];
          const response = await send('POST', '/api/v1/needs', input);
          expectWellFormedAnswer(response, input);
          const delta = response.status === 201 ? 1 : 0;
          created += delta;
          expect([await count('need'), await needChanges()]).toEqual([before[0] + delta, before[1]]);
        }),
        { numRuns: runs },
      );
      expect(created).toBeGreaterThan(runs / 30);
    });

    it('PATCH /needs/:id', async () => {
      const need = await needs.opened(owner);
      await app.settle();
      let changed = 0;
      await fc.assert(
        fc.asyncProperty(anyBody(needPatch, NEED_FIELDS), async (input) => {
          const before = await rowOf(need.id);
          const outbox = await needChanges();
          const response = await send(
            'PATCH',
            `/api/v1/needs/${need.id}`,
            withVersion(input, before.version as number),
          );
          expectWellFormedAnswer(response, input);
          if (response.status === 200) {
            changed += 1;
            expect((await rowOf(need.id)).version).toBe((before.version as number) + 1);
            expect(await needChanges()).toBe(outbox + 1);
          } else {
            expect(await rowOf(need.id)).toEqual(before);
            expect(await needChanges()).toBe(outbox);
          }
        }),
        { numRuns: runs },
      );
      expect(changed).toBeGreaterThan(runs / 30);
    });

    it('POST /needs/:id/close', async () => {
      const need = await needs.opened(owner);
      await app.settle();
      let closed = 0;
      await fc.assert(
        fc.asyncProperty(anyBody(closeBody, ['reason', 'note', 'version']), async (input) => {
          const before = await rowOf(need.id);
          const outbox = await needChanges();
          const response = await send(
            'POST',
            `/api/v1/needs/${need.id}/close`,
            withVersion(input, before.version as number),
          );
          expectWellFormedAnswer(response, input);
          if (response.status !== 200) {
            expect(await rowOf(need.id)).toEqual(before);
            expect(await needChanges()).toBe(outbox);
            return;
          }
          closed += 1;
          expect(await needChanges()).toBe(outbox + 1);
          await app.dataSource.query(
            `UPDATE need SET status = 'open', close_reason = NULL, close_note = NULL, closed_at = NULL WHERE id = $1`,
            [need.id],
          );
        }),
        { numRuns: runs },
      );
      expect(closed).toBeGreaterThan(runs / 30);
    });
  },
);
