import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Technology } from '@3ipet/catalog';
import { TransactionRunner } from '@3ipet/database';
import { Need } from '@3ipet/needs';
import { Match } from '../match/match.entity';
import { scorePair } from '../subjects/assess-pair';
import { needSubjectOf, technologySubjectOf } from '../subjects/match-subjects';
import { lifecycleExclusionOf } from './lifecycle-exclusion';
import { competes } from './proposal-ranking';
import { ProposalWriter, RecomputeSummary, ScoredPair } from './proposal-writer';
import { scoreCandidates } from './top-technologies';
import { TechnologyCandidates } from './technology-candidates';

const NOTHING: RecomputeSummary = { created: 0, rescored: 0, reproposed: 0, withdrawn: 0 };

/**
 * A need's matches from its side: search candidates plus every listing it is already matched with (so a
 * proposal the search no longer brings is rescored, not silently kept), scored, then written.
 */
@Injectable()
export class NeedRecomputeService {
  constructor(
    @InjectRepository(Need) private readonly needs: Repository<Need>,
    @InjectRepository(Technology) private readonly technologies: Repository<Technology>,
    @InjectRepository(Match) private readonly matches: Repository<Match>,
    private readonly candidates: TechnologyCandidates,
    private readonly writer: ProposalWriter,
    private readonly transactions: TransactionRunner,
  ) {}

  async recompute(needId: string): Promise<RecomputeSummary> {
    const need = await this.needs.findOneBy({ id: needId });
    if (!need) return NOTHING; // deleted: its matches went with it (ON DELETE CASCADE)
    const existing = await this.matches.findBy({ needId });
    const found = need.status === 'open' ? await this.candidates.idsFor(need) : [];
    const ids = [...new Set([...found, ...existing.map((match) => match.technologyId)])];
    if (ids.length === 0) return NOTHING;
    const technologies = await this.technologies.findBy({ id: In(ids) });
    const needSubject = needSubjectOf(need);
    const pairOf = (technology: Technology, subject = technologySubjectOf(technology)): ScoredPair => ({
      need: needSubject,
      technology: subject,
      scored: scorePair(needSubject, subject),
      lifecycleExclusion: lifecycleExclusionOf(need.status, technology.status),
    });
    const statusOf = new Map(existing.map((match) => [match.technologyId, match.status]));
    const settled = technologies
      .filter((technology) => statusOf.has(technology.id))
      .map((technology) => ({ pair: pairOf(technology), competes: competes(statusOf.get(technology.id)!) }));
    // Candidates that can neither be proposed nor move a matched pair's rank are not scored (nor tokenised).
    const rows = new Map(technologies.map((technology) => [technology.id, technology]));
    const fresh = scoreCandidates(
      needSubject,
      technologies.filter((technology) => !statusOf.has(technology.id)).map(technologySubjectOf),
      settled,
      (subject) => pairOf(rows.get(subject.profile.id)!, subject),
    );
    const pairs = [...settled.map(({ pair }) => pair), ...fresh];
    return this.transactions.run((manager) => this.writer.apply(manager, pairs, existing));
  }
}
