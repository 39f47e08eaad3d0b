import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Page, PageQuery } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { AuthContext } from '@3ipet/identity';
import { OrganizationSavedSearches } from './organization-saved-searches';
import { SavedSearch } from './saved-search.entity';
import { SavedSearchInput, SavedSearchView } from './saved-search.dto';

export { MAX_SAVED_SEARCHES_PER_ORGANIZATION } from './organization-saved-searches';

/** An agency's saved technology searches: list, save, delete. Other organisations' ids answer 404. */
@Injectable()
export class SavedSearchesService {
  private readonly store: OrganizationSavedSearches<SavedSearch>;

  constructor(
    @InjectRepository(SavedSearch) savedSearches: Repository<SavedSearch>,
    transactions: TransactionRunner,
  ) {
    this.store = new OrganizationSavedSearches(savedSearches, transactions, {
      entity: SavedSearch,
      lockKey: 'saved_search',
      plural: 'saved searches',
      membersOnly: 'Only members of an agency organisation save searches.',
    });
  }

  list(actor: AuthContext, query: PageQuery): Promise<Page<SavedSearchView>> {
    return this.store.list(actor, query);
  }

  create(actor: AuthContext, input: SavedSearchInput): Promise<SavedSearchView> {
    return this.store.create(actor, input);
  }

  remove(actor: AuthContext, id: string): Promise<void> {
    return this.store.remove(actor, id);
  }
}
