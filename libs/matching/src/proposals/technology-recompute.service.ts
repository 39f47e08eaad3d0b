import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Technology } from '@3ipet/catalog';
import { TransactionRunner } from '@3ipet/database';
import { Need } from '@3ipet/needs';
import { Match } from '../match/match.entity';
import { scorePair } from '../subjects/assess-pair';
import { needSubjectOf, technologySubjectOf } from '../subjects/match-subjects';
import { lifecycleExclusionOf } from './lifecycle-exclusion';
import { ProposalWriter, RecomputeSummary } from './proposal-writer';

const NOTHING: RecomputeSummary = { created: 0, rescored: 0, reproposed: 0, withdrawn: 0 };

/**
 * A listing's matches from its side. Open needs are few next to listings (hundreds, not 100k), so the
 * candidates come straight from the database: open needs sharing a pollutant (`&&`, array overlap) whose
 * minimum TRL the listing meets — the same hard rules the need side filters its search by.
 */
@Injectable()
export class TechnologyRecomputeService {
  constructor(
    @InjectRepository(Need) private readonly needs: Repository<Need>,
    @InjectRepository(Technology) private readonly technologies: Repository<Technology>,
    @InjectRepository(Match) private readonly matches: Repository<Match>,
    private readonly writer: ProposalWriter,
    private readonly transactions: TransactionRunner,
  ) {}

  async recompute(technologyId: string): Promise<RecomputeSummary> {
    const technology = await this.technologies.findOneBy({ id: technologyId });
    if (!technology) return NOTHING;
    const existing = await this.matches.findBy({ technologyId });
    const builder = this.needs.createQueryBuilder('n').where('n.id IN (:...matched)', {
      matched: existing.length > 0 ? existing.map((match) => match.needId) : [null],
    });
    if (technology.status === 'published') {
      builder.orWhere(
        `(n.status = 'open' AND n.pollutants && CAST(:pollutants AS text[]) AND (n.minTrl IS NULL OR n.minTrl <= :trl))`,
        { pollutants: technology.pollutants, trl: technology.trl },
      );
    }
    const needs = await builder.getMany();
    if (needs.length === 0) return NOTHING;
    const technologySubject = technologySubjectOf(technology);
    const pairs = needs.map((need) => {
      const needSubject = needSubjectOf(need);
      return {
        need: needSubject,
        technology: technologySubject,
        scored: scorePair(needSubject, technologySubject),
        lifecycleExclusion: lifecycleExclusionOf(need.status, technology.status),
      };
    });
    return this.transactions.run((manager) => this.writer.apply(manager, pairs, existing));
  }
}
