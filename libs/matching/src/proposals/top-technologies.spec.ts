import { syntheticNeeds, syntheticTechnologies } from '../../../../bench/matching-fixtures';
import type { MatchStatus } from '../match/match-status';
import { rankPair, scorePair } from '../subjects/assess-pair';
import { TechnologySubject, needSubjectOf, technologySubjectOf } from '../subjects/match-subjects';
import type { Standing } from './proposal-decision';
import { competes, standingsOf } from './proposal-ranking';
import type { ScoredPair } from './proposal-writer';
import { scoreCandidates, topTechnologies } from './top-technologies';

const byScoreThenId = (a: { id: string; score: number }, b: { id: string; score: number }) =>
  b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('topTechnologies', () => {
  const technologies = syntheticTechnologies(2000).map(technologySubjectOf);
  const needs = syntheticNeeds(20, 11).map(needSubjectOf);

  it.each([1, 5, 20])('finds the same best %i as scoring every listing, reading the text of fewer', (k) => {
    let textsRead = 0;
    for (const need of needs) {
      const everyScore = technologies
        .map((technology) => ({ id: technology.profile.id, score: rankPair(need, technology) }))
        .filter((ranked): ranked is { id: string; score: number } => ranked.score !== null)
        .sort(byScoreThenId)
        .slice(0, k);
      const counted = technologies.map((subject): TechnologySubject => ({
        ...subject,
        get terms() {
          textsRead += 1;
          return subject.terms;
        },
      }));
      const top = topTechnologies(need, counted, k);
      expect(top.map((ranked) => ({ id: ranked.technology.profile.id, score: ranked.score }))).toEqual(
        everyScore,
      );
    }
    expect(textsRead).toBeLessThan((needs.length * technologies.length) / 4);
  });
});

describe('scoreCandidates', () => {
  const technologies = syntheticTechnologies(1500).map(technologySubjectOf);
  const needs = syntheticNeeds(20, 5).map(needSubjectOf);
  const STATUSES: MatchStatus[] = ['proposed', 'withdrawn', 'rejected', 'introduced', 'proposed'];

  it('leaves unscored only candidates that change nothing a recompute writes', () => {
    let scoredCount = 0;
    for (const [n, need] of needs.entries()) {
      const pairOf = (technology: TechnologySubject): ScoredPair => ({
        need,
        technology,
        scored: scorePair(need, technology),
        lifecycleExclusion: null,
      });
      // A few listings the need is matched with already, in various states, among the candidates.
      const statusOf = new Map(
        technologies
          .filter((_, i) => (i + n) % 97 === 0)
          .map((technology, i) => [technology.profile.id, STATUSES[i % STATUSES.length]]),
      );
      const settled = technologies
        .filter((technology) => statusOf.has(technology.profile.id))
        .map((technology) => ({
          pair: pairOf(technology),
          competes: competes(statusOf.get(technology.profile.id)!),
        }));
      const candidates = technologies.filter((technology) => !statusOf.has(technology.profile.id));
      const status = (pair: ScoredPair) => statusOf.get(pair.technology.profile.id) ?? null;
      const every = standingsOf([...settled.map(({ pair }) => pair), ...candidates.map(pairOf)], status);
      const fresh = scoreCandidates(need, candidates, settled, pairOf);
      scoredCount += fresh.length;
      const some = standingsOf([...settled.map(({ pair }) => pair), ...fresh], status);

      const selected = (standings: Map<ScoredPair, Standing>) =>
        [...standings]
          .filter(([, standing]) => standing.selected)
          .map(([pair]) => pair.technology.profile.id);
      expect(selected(some).sort()).toEqual(selected(every).sort());
      const matchedStandings = (standings: Map<ScoredPair, Standing>) =>
        [...standings]
          .filter(([pair]) => statusOf.has(pair.technology.profile.id))
          .map(([pair, standing]) => [pair.technology.profile.id, standing]);
      expect(matchedStandings(some)).toEqual(matchedStandings(every));
    }
    expect(scoredCount).toBeLessThan((needs.length * technologies.length) / 4);
  });
});
