import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ForbiddenProblem, Page, PageQuery } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { AuthContext } from '@3ipet/identity';
import { NeedAccess } from '../need/need-access';
import { OrganizationSavedSearches } from './organization-saved-searches';
import { SavedNeedSearch } from './saved-need-search.entity';
import { SavedNeedSearchInput, SavedNeedSearchView } from './saved-need-search.dto';

const MEMBERS_ONLY = 'Only members of a vendor organisation save searches of needs.';

/** A vendor's saved searches of open needs: list, save, delete. Other organisations' ids answer 404. */
@Injectable()
export class SavedNeedSearchesService {
  private readonly store: OrganizationSavedSearches<SavedNeedSearch>;

  constructor(
    @InjectRepository(SavedNeedSearch) savedSearches: Repository<SavedNeedSearch>,
    transactions: TransactionRunner,
    private readonly access: NeedAccess,
  ) {
    this.store = new OrganizationSavedSearches(savedSearches, transactions, {
      entity: SavedNeedSearch,
      lockKey: 'saved_need_search',
      plural: 'saved searches of needs',
      membersOnly: MEMBERS_ONLY,
    });
  }

  list(actor: AuthContext, query: PageQuery): Promise<Page<SavedNeedSearchView>> {
    return this.store.list(actor, query);
  }

  async create(actor: AuthContext, input: SavedNeedSearchInput): Promise<SavedNeedSearchView> {
    if (!actor.organizationId) throw new ForbiddenProblem(MEMBERS_ONLY);
    // As the search itself: open needs are for members of verified organisations.
    if (!(await this.access.callerOf(actor)).verified) {
      throw new ForbiddenProblem('Open needs are searchable by members of verified organisations.');
    }
    return this.store.create(actor, input);
  }

  remove(actor: AuthContext, id: string): Promise<void> {
    return this.store.remove(actor, id);
  }
}
