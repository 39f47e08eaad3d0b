import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, Repository } from 'typeorm';
import { OrganizationSummary, OrganizationsService } from '@3ipet/identity';
import { SearchEngine } from '@3ipet/search';
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

  configure(): Promise<void> {
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

  /** Upserts every open need in batches, then removes whatever else the index holds; no empty gap. */
  async rebuild(): Promise<{ indexed: number; removed: number }> {
    await this.configure();
    const open = new Set<string>();
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
      await this.engine.upsert(
        NEED_INDEX,
        batch.map((need) => toNeedDocument(need, organizations.get(need.organizationId) ?? null)),
      );
      batch.forEach((need) => open.add(need.id));
      lastId = batch[batch.length - 1].id;
    }
    const stale = (await this.engine.getIds(NEED_INDEX)).filter((id) => !open.has(id));
    if (stale.length > 0) await this.engine.delete(NEED_INDEX, stale);
    return { indexed: open.size, removed: stale.length };
  }
}
