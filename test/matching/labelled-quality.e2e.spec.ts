import { CatalogSeeder, Technology } from '@3ipet/catalog';
import { NeedRecomputeService } from '@3ipet/matching';
import { Need } from '@3ipet/needs';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { TestAdmin, factories } from '../support/factories';
import { LABELLED_NEEDS, LabelledNeed } from './support/labelled-needs';
import { StoredComponent, falseClaims } from './support/reason-checker';

const DAY_MS = 24 * 60 * 60 * 1000;
const NDCG_GOAL = 0.95;

/** nDCG@k with gains 2^grade - 1: 1 when the best picks lead in the best order, less for each one lower. */
function ndcgAt(k: number, ranked: string[], picks: LabelledNeed['picks']): number {
  const gain = (title: string) => 2 ** (picks.find((p) => p.listing === title)?.grade ?? 0) - 1;
  const dcg = (gains: number[]) => gains.slice(0, k).reduce((sum, g, i) => sum + g / Math.log2(i + 2), 0);
  const ideal = dcg(picks.map((p) => 2 ** p.grade - 1).sort((a, b) => b - a));
  return dcg(ranked.map(gain)) / ideal;
}

describe.each(databaseLegs())('match quality on a labelled set of needs (%s)', (leg) => {
  let app: TestApp;
  let admin: TestAdmin;
  const needIds = new Map<string, string>();

  beforeAll(async () => {
    app = await bootTestApp(leg);
    await app.app.get(CatalogSeeder).seed();
    await app.settle();
    const f = await factories(app);
    admin = await f.newAdmin();
    const agency = await f.newMember('agency');
    const repository = app.dataSource.getRepository(Need);
    for (const labelled of LABELLED_NEEDS) {
      const need = await repository.save(
        repository.create({
          organizationId: agency.organizationId,
          status: 'open',
          version: 1,
          title: labelled.title,
          description: labelled.description,
          wants: labelled.wants,
          pollutants: labelled.pollutants,
          sectors: labelled.sectors,
          country: labelled.country,
          city: 'Capital',
          budgetMinUsd: null,
          budgetMaxUsd: labelled.budgetMaxUsd,
          unitCount: labelled.unitCount ?? null,
          unitKind: labelled.unitKind ?? null,
          minTrl: labelled.minTrl ?? null,
          dealTypes: [],
          languages: [],
          deadline: new Date(Date.now() + 60 * DAY_MS),
          openedAt: new Date(),
        }),
      );
      needIds.set(labelled.title, need.id);
      await app.app.get(NeedRecomputeService).recompute(need.id);
    }
  }, 300_000);
  afterAll(() => app.close());

  const proposedFor = async (needId: string): Promise<string[]> => {
    const response = await app.request({
      method: 'GET',
      url: `/api/v1/admin/matches?needId=${needId}&status=proposed&limit=100`,
      token: admin.token,
    });
    expect(response.status).toBe(200);
    return response.body.items.map((m: { technology: { title: string } }) => m.technology.title);
  };

  it(`ranks the engineer's picks first: mean nDCG@5 ≥ ${NDCG_GOAL}, and proposes every acceptable pick`, async () => {
    const results = [];
    for (const labelled of LABELLED_NEEDS) {
      const ranked = await proposedFor(needIds.get(labelled.title)!);
      results.push({
        need: labelled.title,
        ndcg: Math.round(ndcgAt(5, ranked, labelled.picks) * 1000) / 1000,
        notProposed: labelled.picks.filter((p) => !ranked.includes(p.listing)).map((p) => p.listing),
        top5: ranked.slice(0, 5),
      });
    }
    const mean = results.reduce((sum, r) => sum + r.ndcg, 0) / results.length;
    console.log(
      `Labelled set: ${results.length} needs, mean nDCG@5 ${mean.toFixed(3)}; ` +
        `picks not proposed: ${results.reduce((n, r) => n + r.notProposed.length, 0)}\n` +
        results
          .filter((r) => r.ndcg < 1)
          .map((r) => `  ${r.ndcg.toFixed(3)} ${r.need}\n      top 5: ${r.top5.join(' | ')}`)
          .join('\n'),
    );
    expect(results.filter((r) => r.notProposed.length > 0)).toEqual([]);
    expect(mean).toBeGreaterThanOrEqual(NDCG_GOAL);
  });

  it('never proposes a measuring-only listing for a cut-only need, nor the reverse', async () => {
    const rows: { wants: string; intents: { intent: string }[]; pollutants: string[]; need: string[] }[] =
      await app.dataSource.query(
        `SELECT n.wants, t.intents, t.pollutants, n.pollutants AS need
           FROM match m JOIN need n ON n.id = m.need_id JOIN technology t ON t.id = m.technology_id
          WHERE m.status = 'proposed' AND m.origin = 'automatic'`,
      );
    const wrong = rows.filter(({ wants, intents }) => {
      const kinds = new Set(intents.map((i) => i.intent));
      if (wants === 'cut') return [...kinds].every((k) => k === 'measures');
      if (wants === 'measure') return !kinds.has('measures');
      return false;
    });
    expect(rows.length).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  it('proposes the same order on every recompute', async () => {
    for (const title of LABELLED_NEEDS.slice(0, 6).map((n) => n.title)) {
      const needId = needIds.get(title)!;
      const before = await proposedFor(needId);
      await app.app.get(NeedRecomputeService).recompute(needId);
      expect(await proposedFor(needId)).toEqual(before);
    }
  });

  it('states nothing false in any reason of any proposal (every need, seeded and labelled)', async () => {
    const matches: { need_id: string; technology_id: string; components: StoredComponent[] }[] =
      await app.dataSource.query(
        `SELECT need_id, technology_id, components FROM match WHERE status = 'proposed'`,
      );
    const needs = new Map((await app.dataSource.getRepository(Need).find()).map((n) => [n.id, n]));
    const technologies = new Map(
      (await app.dataSource.getRepository(Technology).find()).map((t) => [t.id, t]),
    );
    const rejected = matches.flatMap((match) =>
      falseClaims(needs.get(match.need_id)!, technologies.get(match.technology_id)!, match.components).map(
        (problem) =>
          `${technologies.get(match.technology_id)!.title} for ${needs.get(match.need_id)!.title}: ${problem}`,
      ),
    );
    const reasons = matches.reduce((n, m) => n + m.components.length, 0);
    console.log(
      `Reason checker: ${reasons} reasons of ${matches.length} proposals read, ${rejected.length} rejected`,
    );
    expect(matches.length).toBeGreaterThan(50);
    expect(rejected).toEqual([]);

    // The checker itself catches a false claim of each kind.
    const [sample] = matches;
    const [need, tech] = [needs.get(sample.need_id)!, technologies.get(sample.technology_id)!];
    const tampered = (name: string, edit: (sentence: string) => string) =>
      falseClaims(
        need,
        tech,
        sample.components.map((c) => (c.name === name ? { ...c, sentence: edit(c.sentence) } : c)),
      );
    expect(
      tampered('trlFit', (s) => s.replace(`TRL ${tech.trl}`, `TRL ${tech.trl === 9 ? 8 : 9}`)),
    ).not.toEqual([]);
    expect(
      tampered('pollutantCoverage', () => 'Measures Methane — all 1 pollutants this need names.'),
    ).not.toEqual([]);
    // A stated figure passed off as verified, and a verified one passed off as stated, are caught.
    const withWords = (words: RegExp) => {
      const match = matches.find((m) => m.components.some((c) => words.test(c.sentence)))!;
      expect(match).toBeDefined();
      const [n, t] = [needs.get(match.need_id)!, technologies.get(match.technology_id)!];
      return (edit: (sentence: string) => string) =>
        falseClaims(
          n,
          t,
          match.components.map((c) =>
            c.name === 'pollutantCoverage' ? { ...c, sentence: edit(c.sentence) } : c,
          ),
        );
    };
    expect(
      withWords(/% stated by the vendor\)/)((s) =>
        s.replace(/% stated by the vendor\)/, '% verified by Some Lab, 2025)'),
      ),
    ).not.toEqual([]);
    expect(
      withWords(/% verified by .+?, \d{4}\)/)((s) =>
        s.replace(/% verified by .+?, \d{4}\)/, '% stated by the vendor)'),
      ),
    ).not.toEqual([]);
    expect(
      tampered('textRelevance', () => 'Shares the terms “zzqx” with the need (text agreement 50%).'),
    ).not.toEqual([]);
    expect(tampered('sectorFit', () => 'Designed for Forest fires, the sector this need names.')).not.toEqual(
      [],
    );
    expect(tampered('geography', () => 'Stated as deployed in Germany.')).not.toEqual([]);
    expect(tampered('costFit', () => 'Stated cost USD 1, within the budget of USD 2.')).not.toEqual([]);
  });
});
