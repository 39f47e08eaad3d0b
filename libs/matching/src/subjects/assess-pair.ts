import {
  MatchAssessment,
  ScoredComponent,
  assessMatch,
  exclusionOf,
  rankingScore,
  weighComponents,
} from '../scoring/match-score';
import { intentOf, servedPollutants } from '../scoring/components';
import { textAgreement, textMatch } from '../scoring/text-relevance';
import type { NeedSubject, TechnologySubject } from './match-subjects';
import { TAXONOMY_LABELS } from './taxonomy-labels';

/** The score of one pair; the same whichever side the pair was found from. */
export function assessPair(need: NeedSubject, technology: TechnologySubject): MatchAssessment {
  return assessMatch(
    need.profile,
    technology.profile,
    textMatch(need.terms, technology.terms),
    TAXONOMY_LABELS,
  );
}

/**
 * The pair's score as `assessPair` gives it, null when excluded, without building a sentence: rank many
 * listings with it, then assess the best few for their reasons.
 */
export const rankPair = (need: NeedSubject, technology: TechnologySubject): number | null =>
  rankingScore(need.profile, technology.profile, textAgreement(need.terms, technology.terms));

/** A pair's score as stored: the weighted sum always, and the hard rule it breaks if any. */
export interface PairScore {
  score: number;
  components: ScoredComponent[];
  exclusion: string | null;
  /** The need wants measurement and the listing measures one of its pollutants (see `isOnTopic`). */
  measuresWanted?: boolean;
}

export function scorePair(need: NeedSubject, technology: TechnologySubject): PairScore {
  const text = textMatch(need.terms, technology.terms);
  return {
    ...weighComponents(need.profile, technology.profile, text, TAXONOMY_LABELS),
    exclusion: exclusionOf(need.profile, technology.profile, TAXONOMY_LABELS) ?? null,
    measuresWanted:
      need.profile.wants !== 'cut' &&
      servedPollutants(need.profile, technology.profile).some(
        (pollutant) => intentOf(technology.profile, pollutant) === 'measures',
      ),
  };
}

/** Score and reasons as a match row stores them. */
export const storedScoreOf = (scored: PairScore) => ({
  score: scored.score,
  components: scored.components,
  exclusionReason: scored.exclusion,
});
