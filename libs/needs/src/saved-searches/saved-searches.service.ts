import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  ForbiddenProblem,
  NotFoundProblem,
  Page,
  PageQuery,
  UnprocessableProblem,
  offsetOf,
  pageOf,
} from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { AuthContext } from '@3ipet/identity';
import { SavedSearch } from './saved-search.entity';
import { SavedSearchInput, SavedSearchView } from './saved-search.dto';

/** Each alert is one search per publication; the cap keeps that cost bounded per organisation. */
export const MAX_SAVED_SEARCHES_PER_ORGANIZATION = 50;

const toView = ({ id, name, query, createdAt }: SavedSearch): SavedSearchView => ({
  id,
  name,
  query,
  createdAt,
});

/** An agency's saved technology searches: list, save, delete. Other organisations' ids answer 404. */
@Injectable()
export class SavedSearchesService {
  constructor(
    @InjectRepository(SavedSearch) private readonly savedSearches: Repository<SavedSearch>,
    private readonly transactions: TransactionRunner,
  ) {}

  async list(actor: AuthContext, query: PageQuery): Promise<Page<SavedSearchView>> {
    const [items, total] = await this.savedSearches.findAndCount({
      where: { organizationId: organizationOf(actor) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: offsetOf(query),
      take: query.limit,
    });
    return pageOf(items.map(toView), total, query);
  }

  create(actor: AuthContext, input: SavedSearchInput): Promise<SavedSearchView> {
    const organizationId = organizationOf(actor);
    return this.transactions.run(async (manager) => {
      // Serialises concurrent saves of one organisation (until commit), so the cap holds.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('saved_search:' || $1))`, [organizationId]);
      const count = await manager.countBy(SavedSearch, { organizationId });
      if (count >= MAX_SAVED_SEARCHES_PER_ORGANIZATION) {
        throw new UnprocessableProblem(
          `An organisation keeps at most ${MAX_SAVED_SEARCHES_PER_ORGANIZATION} saved searches; delete one first.`,
          'saved-search-limit',
        );
      }
      const saved = await manager.save(
        manager.create(SavedSearch, {
          organizationId,
          createdBy: actor.userId,
          name: input.name.trim(),
          query: { ...input.query },
        }),
      );
      return toView(saved);
    });
  }

  async remove(actor: AuthContext, id: string): Promise<void> {
    const result = await this.savedSearches.delete({ id, organizationId: organizationOf(actor) });
    if (result.affected !== 1) throw new NotFoundProblem('Saved search');
  }
}

function organizationOf(actor: AuthContext): string {
  if (!actor.organizationId)
    throw new ForbiddenProblem('Only members of an agency organisation save searches.');
  return actor.organizationId;
}
