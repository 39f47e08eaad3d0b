import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Technology } from '@3ipet/catalog';
import { TransactionRunner } from '@3ipet/database';
import { Need } from '@3ipet/needs';
import { Match } from '../match/match.entity';
import { scorePair } from '../subjects/assess-pair';
import { TechnologySubject, needSubjectOf, technologySubjectOf } from '../subjects/match-subjects';
import { lifecycleExclusionOf } from './lifecycle-exclusion';
import { ProposalWriter, RecomputeSummary, ScoredPair } from './proposal-writer';

const NOTHING: RecomputeSummary = { created: 0, rescored: 0, reproposed: 0, withdrawn: 0 };

/**
 * A listing's matches from its side. Open needs are few next to listings (hundreds, not 100k), so the
 * candidates come straight from the database: open needs sharing a pollutant (`&&`, array overlap) whose
 * minimum TRL the listing meets — the same hard rules the need side filters its search by. Each need is
 * proposed its best N, so the listing is ranked against every listing the need is already matched with:
 * the same standing a recompute from the need's side gives it (a listing that never made a need's best N
 * before cannot outrank one that did).
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
    const own = await this.matches.findBy({ technologyId });
    const builder = this.needs.createQueryBuilder('n').where('n.id IN (:...matched)', {
      matched: own.length > 0 ? own.map((match) => match.needId) : [null],
    });
    if (technology.status === 'published') {
      builder.orWhere(
        `(n.status = 'open' AND n.pollutants && CAST(:pollutants AS text[]) AND (n.minTrl IS NULL OR n.minTrl <= :trl))`,
        { pollutants: technology.pollutants, trl: technology.trl },
      );
    }
    const needs = await builder.getMany();
    if (needs.length === 0) return NOTHING;
    const existing = await this.matches.findBy({ needId: In(needs.map((need) => need.id)) });
    const others = await this.technologiesOf(existing, technologyId);
    const subjects = new Map<string, TechnologySubject>([[technologyId, technologySubjectOf(technology)]]);
    for (const other of others) subjects.set(other.id, technologySubjectOf(other));
    const statusOf = new Map([technology, ...others].map((t) => [t.id, t.status]));
    const pairs: ScoredPair[] = needs.flatMap((need) => {
      const needSubject = needSubjectOf(need);
      const ids = new Set([
        technologyId,
        ...existing.filter((match) => match.needId === need.id).map((match) => match.technologyId),
      ]);
      return [...ids].flatMap((id) => {
        const subject = subjects.get(id);
        if (!subject) return [];
        return [
          {
            need: needSubject,
            technology: subject,
            scored: scorePair(needSubject, subject),
            lifecycleExclusion: lifecycleExclusionOf(need.status, statusOf.get(id)!),
          },
        ];
      });
    });
    return this.transactions.run((manager) => this.writer.apply(manager, pairs, existing));
  }

  private async technologiesOf(matches: readonly Match[], except: string): Promise<Technology[]> {
    const ids = [...new Set(matches.map((match) => match.technologyId))].filter((id) => id !== except);
    return ids.length > 0 ? this.technologies.findBy({ id: In(ids) }) : [];
  }
}
