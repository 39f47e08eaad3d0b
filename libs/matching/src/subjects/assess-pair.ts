import {
  MatchAssessment,
  ScoredComponent,
  assessMatch,
  exclusionOf,
  weighComponents,
} from '../scoring/match-score';
import { textAgreement } from '../scoring/text-relevance';
import type { NeedSubject, TechnologySubject } from './match-subjects';
import { TAXONOMY_LABELS } from './taxonomy-labels';

/** The score of one pair; the same whichever side the pair was found from. */
export function assessPair(need: NeedSubject, technology: TechnologySubject): MatchAssessment {
  return assessMatch(
    need.profile,
    technology.profile,
    textAgreement(need.terms, technology.terms),
    TAXONOMY_LABELS,
  );
}

/** A pair's score as stored: the weighted sum always, and the hard rule it breaks if any. */
export interface PairScore {
  score: number;
  components: ScoredComponent[];
  exclusion: string | null;
}

export function scorePair(need: NeedSubject, technology: TechnologySubject): PairScore {
  const relevance = textAgreement(need.terms, technology.terms);
  return {
    ...weighComponents(need.profile, technology.profile, relevance, TAXONOMY_LABELS),
    exclusion: exclusionOf(need.profile, technology.profile) ?? null,
  };
}

/** Score and reasons as a match row stores them. */
export const storedScoreOf = (scored: PairScore) => ({
  score: scored.score,
  components: scored.components,
  exclusionReason: scored.exclusion,
});
