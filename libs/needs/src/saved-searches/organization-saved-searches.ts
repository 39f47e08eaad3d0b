import type { EntityTarget, Repository } from 'typeorm';
import {
  ForbiddenProblem,
  NotFoundProblem,
  Page,
  PageQuery,
  UnprocessableProblem,
  offsetOf,
  pageOf,
} from '@3ipet/common';
import type { TransactionRunner } from '@3ipet/database';
import type { AuthContext } from '@3ipet/identity';

/** Each alert is one search per publication; the cap keeps that cost bounded per organisation. */
export const MAX_SAVED_SEARCHES_PER_ORGANIZATION = 50;

/** The columns every saved search table has (`saved_search`, `saved_need_search`). */
export interface SavedSearchRecord {
  id: string;
  organizationId: string;
  createdBy: string | null;
  name: string;
  query: Record<string, unknown>;
  createdAt: Date;
}

export type SavedSearchRecordView = Pick<SavedSearchRecord, 'id' | 'name' | 'query' | 'createdAt'>;

interface SavedSearchKind<Row> {
  entity: EntityTarget<Row>;
  /** Names the advisory lock that serialises one organisation's saves. */
  lockKey: string;
  /** "saved searches" / "saved searches of needs": in the 422 at the cap. */
  plural: string;
  /** The 403 for an account without an organisation. */
  membersOnly: string;
}

/**
 * One organisation's saved searches in one table: list, save (at most `MAX_SAVED_SEARCHES_PER_ORGANIZATION`),
 * delete. Other organisations' ids answer 404. Shared by agencies' searches of listings and vendors' of needs.
 */
export class OrganizationSavedSearches<Row extends SavedSearchRecord> {
  constructor(
    private readonly rows: Repository<Row>,
    private readonly transactions: TransactionRunner,
    private readonly kind: SavedSearchKind<Row>,
  ) {}

  async list(actor: AuthContext, query: PageQuery): Promise<Page<SavedSearchRecordView>> {
    const [items, total] = await this.rows.findAndCount({
      where: { organizationId: this.organizationOf(actor) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: offsetOf(query),
      take: query.limit,
    } as Parameters<Repository<Row>['findAndCount']>[0]);
    return pageOf(items.map(viewOf), total, query);
  }

  create(actor: AuthContext, input: { name: string; query: object }): Promise<SavedSearchRecordView> {
    const organizationId = this.organizationOf(actor);
    return this.transactions.run(async (manager) => {
      // Serialises concurrent saves of one organisation (until commit), so the cap holds.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('${this.kind.lockKey}:' || $1))`, [
        organizationId,
      ]);
      const count = await manager.countBy(this.kind.entity, { organizationId } as never);
      if (count >= MAX_SAVED_SEARCHES_PER_ORGANIZATION) {
        throw new UnprocessableProblem(
          `An organisation keeps at most ${MAX_SAVED_SEARCHES_PER_ORGANIZATION} ${this.kind.plural}; delete one first.`,
          'saved-search-limit',
        );
      }
      const saved = await manager.save(
        manager.create(this.kind.entity, {
          organizationId,
          createdBy: actor.userId,
          name: input.name.trim(),
          query: { ...input.query },
        } as never),
      );
      return viewOf(saved as Row);
    });
  }

  async remove(actor: AuthContext, id: string): Promise<void> {
    const result = await this.rows.delete({ id, organizationId: this.organizationOf(actor) } as never);
    if (result.affected !== 1) throw new NotFoundProblem('Saved search');
  }

  private organizationOf(actor: AuthContext): string {
    if (!actor.organizationId) throw new ForbiddenProblem(this.kind.membersOnly);
    return actor.organizationId;
  }
}

function viewOf({ id, name, query, createdAt }: SavedSearchRecord): SavedSearchRecordView {
  return { id, name, query, createdAt };
}
