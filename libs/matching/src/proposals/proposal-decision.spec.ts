import { MATCHING_SETTINGS, MATCH_WEIGHTS, decideProposal, type PairVerdict } from '@3ipet/matching';
import type { MatchOrigin, MatchStatus } from '../match/match-status';
import { RankedPair, rankOrder, standingsOf } from './proposal-ranking';

const FLOOR = MATCHING_SETTINGS.proposalFloor;
const N = MATCHING_SETTINGS.proposalsPerNeed;

function verdict(
  score: number,
  options: { exclusion?: string; lifecycle?: string; sectorFit?: number; text?: number } = {},
) {
  const components = (Object.keys(MATCH_WEIGHTS) as (keyof typeof MATCH_WEIGHTS)[]).map((name) => ({
    name,
    weight: MATCH_WEIGHTS[name],
    value:
      name === 'sectorFit'
        ? (options.sectorFit ?? 1)
        : name === 'textRelevance'
          ? (options.text ?? 0.5)
          : 0.5,
    points: 0,
    sentence: `${name}.`,
  }));
  return {
    scored: { score, components, exclusion: options.exclusion ?? null },
    lifecycleExclusion: options.lifecycle ?? null,
  } satisfies PairVerdict;
}

const pair = (technologyId: string, trl: number, v: PairVerdict, needId = 'n1'): RankedPair =>
  ({
    ...v,
    need: { profile: { id: needId } },
    technology: { profile: { id: technologyId, trl } },
  }) as unknown as RankedPair;

/** The decision for one pair standing alone among its need's candidates. */
const decide = (
  existing: { status: MatchStatus; origin: MatchOrigin; requested?: boolean } | null,
  v: PairVerdict,
) => {
  const alone = pair('t1', 8, v);
  return decideProposal(existing, v, standingsOf([alone], () => existing?.status ?? null).get(alone)!);
};

const automatic = (status: MatchStatus) => ({ status, origin: 'automatic' }) as const;
const manual = (status: MatchStatus) => ({ status, origin: 'manual' }) as const;

describe('recompute decisions', () => {
  it('proposes a new pair only when it qualifies', () => {
    expect(decide(null, verdict(FLOOR))).toEqual({ kind: 'create' });
    expect(decide(null, verdict(FLOOR - 0.1))).toEqual({ kind: 'leave' });
    expect(decide(null, verdict(90, { exclusion: 'TRL 5 is below…' }))).toEqual({ kind: 'leave' });
    expect(decide(null, verdict(90, { lifecycle: 'The need is closed.' }))).toEqual({ kind: 'leave' });
  });

  it('does not propose an off-topic pair (no sector credit, little text agreement) however high it scores', () => {
    expect(decide(null, verdict(80, { sectorFit: 0, text: 0.1 }))).toEqual({ kind: 'leave' });
    expect(decide(null, verdict(80, { sectorFit: 0, text: 0.3 }))).toEqual({ kind: 'create' });
    expect(decide(null, verdict(80, { sectorFit: 0.3, text: 0 }))).toEqual({ kind: 'create' });
  });

  it('rescores a proposal that still qualifies and withdraws one that no longer does, saying why', () => {
    expect(decide(automatic('proposed'), verdict(75))).toEqual({ kind: 'rescore' });
    expect(decide(automatic('proposed'), verdict(FLOOR - 5))).toEqual({
      kind: 'withdraw',
      reason: `Score ${FLOOR - 5} fell below the proposal floor of ${FLOOR}.`,
    });
    expect(decide(automatic('proposed'), verdict(80, { exclusion: 'No pollutant in common.' }))).toEqual({
      kind: 'withdraw',
      reason: 'No pollutant in common.',
    });
  });

  it("keeps a curator's manual proposal whatever its score, until the need closes or the listing goes offline", () => {
    expect(decide(manual('proposed'), verdict(10, { exclusion: 'TRL 5 is below…' }))).toEqual({
      kind: 'rescore',
    });
    expect(decide(manual('proposed'), verdict(90, { lifecycle: 'The need is closed.' }))).toEqual({
      kind: 'withdraw',
      reason: 'The need is closed.',
    });
  });

  it('keeps a pair an agency or a vendor asked for, as it keeps a manual one', () => {
    const low = verdict(FLOOR - 5);
    expect(decide({ status: 'proposed', origin: 'agency-request' }, low)).toEqual({ kind: 'rescore' });
    expect(decide({ status: 'proposed', origin: 'vendor-interest' }, low)).toEqual({ kind: 'rescore' });
    expect(decide({ status: 'proposed', origin: 'automatic', requested: true }, low)).toEqual({
      kind: 'rescore',
    });
    expect(decide({ status: 'proposed', origin: 'automatic', requested: false }, low).kind).toBe('withdraw');
    expect(
      decide(
        { status: 'proposed', origin: 'agency-request' },
        verdict(90, { lifecycle: 'The need is closed.' }),
      ),
    ).toEqual({ kind: 'withdraw', reason: 'The need is closed.' });
  });

  it('proposes a withdrawn pair again once it qualifies', () => {
    expect(decide(automatic('withdrawn'), verdict(80))).toEqual({ kind: 'repropose' });
    expect(decide(automatic('withdrawn'), verdict(20))).toEqual({ kind: 'leave' });
  });

  it.each(['rejected', 'introduced', 'connected', 'declined'] as const)(
    'never touches a %s match',
    (status) => {
      for (const score of [0, 59, 100]) {
        expect(decide(automatic(status), verdict(score))).toEqual({ kind: 'leave' });
        expect(decide(automatic(status), verdict(score, { lifecycle: 'closed' }))).toEqual({ kind: 'leave' });
      }
    },
  );
});

describe('proposal ranking', () => {
  const candidates = [
    ...Array.from({ length: N + 3 }, (_, i) => pair(`t-${String(i).padStart(2, '0')}`, 7, verdict(90 - i))),
    pair('t-tie-b', 9, verdict(85)),
    pair('t-tie-a', 9, verdict(85)),
    pair('t-tie-c', 8, verdict(85)),
  ];
  const selectedIds = (pairs: RankedPair[]) =>
    [...standingsOf(pairs, () => null)]
      .filter(([, standing]) => standing.selected)
      .sort(([, a], [, b]) => a.rank! - b.rank!)
      .map(([p]) => p.technology.profile.id);

  it('proposes the best N per need, equal scores by maturity then id', () => {
    const selected = selectedIds(candidates);
    expect(selected).toHaveLength(N);
    expect(selected.slice(0, 9)).toEqual([
      't-00',
      't-01',
      't-02',
      't-03',
      't-04',
      't-tie-a',
      't-tie-b',
      't-tie-c',
      't-05',
    ]);
  });

  it('gives the same order whatever order the candidates came in', () => {
    const expected = selectedIds(candidates);
    for (let seed = 1; seed <= 20; seed++) {
      const shuffled = [...candidates].sort(
        (a, b) => hash(a.technology.profile.id, seed) - hash(b.technology.profile.id, seed),
      );
      expect(selectedIds(shuffled)).toEqual(expected);
    }
  });

  it('gives no place to pairs decided by people, and ranks each need on its own', () => {
    const other = pair('t-00', 7, verdict(99), 'n2');
    const standings = standingsOf([...candidates, other], (p) =>
      p.technology.profile.id === 't-01' && p.need.profile.id === 'n1' ? 'rejected' : null,
    );
    expect(standings.get(candidates[1])).toEqual({ selected: false, rank: null });
    expect(standings.get(other)).toEqual({ selected: true, rank: 1 });
    expect(
      rankOrder({ score: 50, trl: 9, technologyId: 'b' }, { score: 50, trl: 9, technologyId: 'a' }),
    ).toBe(1);
  });

  it('ranks equal scores by verified evidence before maturity', () => {
    const verified = { score: 50, verifiedClaims: 1, trl: 7, technologyId: 'z' };
    const mature = { score: 50, verifiedClaims: 0, trl: 9, technologyId: 'a' };
    expect([mature, verified].sort(rankOrder)).toEqual([verified, mature]);
    expect(rankOrder({ ...verified, score: 49 }, mature)).toBeGreaterThan(0);
  });
});

function hash(text: string, seed: number): number {
  let h = seed;
  for (const char of text) h = (h * 31 + char.charCodeAt(0)) % 1_000_003;
  return h;
}
