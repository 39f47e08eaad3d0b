import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, MoreThan, MoreThanOrEqual, Repository } from 'typeorm';
import { OrganizationSummary, OrganizationsService } from '@3ipet/identity';
import { IndexConfiguration, SearchEngine, SearchIndexNotFoundError } from '@3ipet/search';
import { Need } from '../need/need.entity';
import { NEED_INDEX, NEED_INDEX_SETTINGS } from './need-index';
import { toNeedDocument } from './need-document';

const REBUILD_BATCH = 500;
/** Re-reads after writing until the need stood still meanwhile (see syncOne). */
const MAX_SYNC_ROUNDS = 5;

/** The organisation fields a need document copies; a change of any of them means: write again. */
const copiedFields = (org: OrganizationSummary | null) =>
  JSON.stringify([org?.name, org?.country, org?.verified]);

/** Keeps the `needs` index equal to the open needs in the database. */
@Injectable()
export class NeedIndexer {
  constructor(
    @InjectRepository(Need) private readonly needs: Repository<Need>,
    private readonly engine: SearchEngine,
    private readonly organizations: OrganizationsService,
  ) {}

  configure(): Promise<IndexConfiguration> {
    return this.engine.configureIndex(NEED_INDEX, NEED_INDEX_SETTINGS);
  }

  /**
   * Idempotent: makes the index hold the need's current state (open → upsert, else remove). Two jobs for
   * one need may finish out of order; each re-reads the version (and the organisation fields it copied)
   * after writing and goes again if they moved.
   */
  async syncOne(needId: string): Promise<void> {
    for (let round = 0; round < MAX_SYNC_ROUNDS; round += 1) {
      const before = await this.needs.findOneBy({ id: needId });
      if (before?.status === 'open') {
        const organization = await this.organizations.findPublicById(before.organizationId);
        await this.engine.upsert(NEED_INDEX, [toNeedDocument(before, organization)]);
        const organizationNow = await this.organizations.findPublicById(before.organizationId);
        if (
          (await this.versionOf(needId)) === before.version &&
          copiedFields(organization) === copiedFields(organizationNow)
        ) {
          return;
        }
      } else {
        await this.engine.delete(NEED_INDEX, [needId]);
        if ((await this.versionOf(needId)) === before?.version) return;
      }
    }
    throw new Error(`Need ${needId} kept changing while it was indexed; the job will retry`);
  }

  /**
   * Idempotent: rewrites the documents of the organisation's open needs after its name, country or
   * verification changed. An agency has few needs, so each goes through syncOne and its guards.
   */
  async syncOrganization(organizationId: string): Promise<void> {
    const open = await this.needs.find({
      select: { id: true },
      where: { organizationId, status: 'open' },
      order: { id: 'ASC' },
    });
    for (const { id } of open) await this.syncOne(id);
  }

  private async versionOf(needId: string): Promise<number | undefined> {
    const row = await this.needs.findOne({ where: { id: needId }, select: { id: true, version: true } });
    return row?.version;
  }

  /**
   * Builds a fresh index from every open need and swaps it in at once (see SearchEngine.rebuildIndex);
   * needs changed while the copy was built are synced again once it is live.
   */
  async rebuild(): Promise<{ indexed: number; removed: number }> {
    const startedAt = await databaseNow(this.needs.manager);
    const before = await idsIfIndexed(this.engine, NEED_INDEX);
    const open = new Set<string>();
    await this.engine.rebuildIndex(NEED_INDEX, NEED_INDEX_SETTINGS, async (write) => {
      let lastId = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const batch = await this.needs.find({
          where: { status: 'open', id: MoreThan(lastId) },
          order: { id: 'ASC' },
          take: REBUILD_BATCH,
        });
        if (batch.length === 0) break;
        const organizations = new Map(
          (await this.organizations.findPublicByIds(batch.map((need) => need.organizationId))).map((o) => [
            o.id,
            o,
          ]),
        );
        await write(
          batch.map((need) => toNeedDocument(need, organizations.get(need.organizationId) ?? null)),
        );
        batch.forEach((need) => open.add(need.id));
        lastId = batch[batch.length - 1].id;
      }
    });
    const changed = await this.needs.find({
      select: { id: true },
      where: { updatedAt: MoreThanOrEqual(startedAt) },
    });
    for (const { id } of changed) await this.syncOne(id);
    return { indexed: open.size, removed: before.filter((id) => !open.has(id)).length };
  }
}

/** The ids an index holds, none when it does not exist yet. */
async function idsIfIndexed(engine: SearchEngine, index: string): Promise<string[]> {
  try {
    return await engine.getIds(index);
  } catch (error) {
    if (error instanceof SearchIndexNotFoundError) return [];
    throw error;
  }
}

/** `updatedAt` is stamped by the database clock, so "changed since" is measured by it too. */
async function databaseNow(manager: EntityManager): Promise<Date> {
  const [row] = (await manager.query('SELECT now() AS now')) as { now: Date | string }[];
  return new Date(row.now);
}
