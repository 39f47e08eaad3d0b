import { MATCHING_SETTINGS, MATCH_WEIGHTS, decideProposal, type PairVerdict } from '@3ipet/matching';

const THRESHOLD = MATCHING_SETTINGS.proposalThreshold;

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

const automatic = (status: string) => ({ status, origin: 'automatic' }) as const as never;
const manual = (status: string) => ({ status, origin: 'manual' }) as const as never;

describe('recompute decisions', () => {
  it('proposes a new pair only when it qualifies', () => {
    expect(decideProposal(null, verdict(THRESHOLD), THRESHOLD)).toEqual({ kind: 'create' });
    expect(decideProposal(null, verdict(THRESHOLD - 0.1), THRESHOLD)).toEqual({ kind: 'leave' });
    expect(decideProposal(null, verdict(90, { exclusion: 'TRL 5 is below…' }), THRESHOLD)).toEqual({
      kind: 'leave',
    });
    expect(decideProposal(null, verdict(90, { lifecycle: 'The need is closed.' }), THRESHOLD)).toEqual({
      kind: 'leave',
    });
  });

  it('does not propose an off-topic pair (no sector credit, little text agreement) however high it scores', () => {
    expect(decideProposal(null, verdict(80, { sectorFit: 0, text: 0.1 }), THRESHOLD)).toEqual({
      kind: 'leave',
    });
    expect(decideProposal(null, verdict(80, { sectorFit: 0, text: 0.3 }), THRESHOLD)).toEqual({
      kind: 'create',
    });
    expect(decideProposal(null, verdict(80, { sectorFit: 0.6, text: 0 }), THRESHOLD)).toEqual({
      kind: 'create',
    });
  });

  it('rescores a proposal that still qualifies and withdraws one that no longer does, saying why', () => {
    expect(decideProposal(automatic('proposed'), verdict(75), THRESHOLD)).toEqual({ kind: 'rescore' });
    expect(decideProposal(automatic('proposed'), verdict(40), THRESHOLD)).toEqual({
      kind: 'withdraw',
      reason: `Score 40 fell below the proposal threshold of ${THRESHOLD}.`,
    });
    expect(
      decideProposal(automatic('proposed'), verdict(80, { exclusion: 'No pollutant in common.' }), THRESHOLD),
    ).toEqual({
      kind: 'withdraw',
      reason: 'No pollutant in common.',
    });
  });

  it("keeps a curator's manual proposal whatever its score, until the need closes or the listing goes offline", () => {
    expect(
      decideProposal(manual('proposed'), verdict(10, { exclusion: 'TRL 5 is below…' }), THRESHOLD),
    ).toEqual({
      kind: 'rescore',
    });
    expect(
      decideProposal(manual('proposed'), verdict(90, { lifecycle: 'The need is closed.' }), THRESHOLD),
    ).toEqual({
      kind: 'withdraw',
      reason: 'The need is closed.',
    });
  });

  it('proposes a withdrawn pair again once it qualifies', () => {
    expect(decideProposal(automatic('withdrawn'), verdict(80), THRESHOLD)).toEqual({ kind: 'repropose' });
    expect(decideProposal(automatic('withdrawn'), verdict(20), THRESHOLD)).toEqual({ kind: 'leave' });
  });

  it.each(['rejected', 'introduced', 'connected', 'declined'])('never touches a %s match', (status) => {
    for (const score of [0, 59, 100]) {
      expect(decideProposal(automatic(status), verdict(score), THRESHOLD)).toEqual({ kind: 'leave' });
      expect(decideProposal(automatic(status), verdict(score, { lifecycle: 'closed' }), THRESHOLD)).toEqual({
        kind: 'leave',
      });
    }
  });
});
