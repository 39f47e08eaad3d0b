import { Injectable } from '@nestjs/common';
import { TECHNOLOGY_INDEX } from '@3ipet/catalog';
import { SearchEngine } from '@3ipet/search';
import { CandidateNeed, candidateQueries } from './candidate-queries';

/**
 * Finds the listings worth scoring for a need without scoring every listing: a few searches of the
 * technology index, a few hundred ids at most. Published listings only (the index holds nothing else).
 */
@Injectable()
export class TechnologyCandidates {
  constructor(private readonly engine: SearchEngine) {}

  async idsFor(need: CandidateNeed): Promise<string[]> {
    const results = await Promise.all(
      candidateQueries(need).map((query) => this.engine.search(TECHNOLOGY_INDEX, query)),
    );
    return [...new Set(results.flatMap((result) => result.hits.map((hit) => hit.id)))];
  }
}
