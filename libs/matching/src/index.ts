export * from './scoring/components';
export * from './scoring/fit-components';
export * from './scoring/match-score';
export * from './scoring/profiles';
export * from './scoring/regions';
export * from './scoring/weights';
export * from './scoring/text-terms';
export * from './scoring/text-relevance';
export { MatchingModule } from './matching.module';
export { Match } from './match/match.entity';
export { MatchTransition } from './match/match-transition.entity';
export { MatchRequest } from './match/match-request.entity';
export { INTEREST_LIMITS } from './interest/interest-limits';
export * from './match/match-status';
export {
  MATCH_RULES,
  planMatchTransition,
  statusAfterResponses,
  sidesToNotify,
} from './workflow/match-state-machine';
export { decideProposal, type PairVerdict, type ProposalDecision } from './proposals/proposal-decision';
export { candidateQueries, keywordsOf } from './proposals/candidate-queries';
export { topTechnologies, type RankedTechnology } from './proposals/top-technologies';
export { MATCHING_SETTINGS } from './proposals/matching-settings';
export {
  RecomputeNeedMatchesJob,
  RecomputeTechnologyMatchesJob,
  RecomputeAllMatchesJob,
} from './proposals/recompute-jobs';
export { NeedRecomputeService } from './proposals/need-recompute.service';
export { TechnologyRecomputeService } from './proposals/technology-recompute.service';
export { assessPair, rankPair, scorePair } from './subjects/assess-pair';
export {
  needSubjectOf,
  technologySubjectOf,
  type NeedSubject,
  type TechnologySubject,
} from './subjects/match-subjects';
export { AdminMatchView, PartyMatchView } from './dto/match.views';
export { MatchConnectedHooks, type MatchConnectedListener } from './workflow/match-connected-hooks';
export { MATCHING_VOCABULARY } from './subjects/matching-vocabulary';
