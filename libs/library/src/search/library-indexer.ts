import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, MoreThan, MoreThanOrEqual, Repository } from 'typeorm';
import { IndexConfiguration, SearchEngine, SearchIndexNotFoundError } from '@3ipet/search';
import { LibraryResource } from '../resource/library-resource.entity';
import { LIBRARY_INDEX, LIBRARY_INDEX_SETTINGS } from './library-index';
import { toLibraryDocument } from './library-document';

const REBUILD_BATCH = 500;
const MAX_SYNC_ROUNDS = 5;

/** Keeps the `library` index equal to the published resources in the database. */
@Injectable()
export class LibraryIndexer {
  constructor(
    @InjectRepository(LibraryResource) private readonly resources: Repository<LibraryResource>,
    private readonly engine: SearchEngine,
  ) {}

  configure(): Promise<IndexConfiguration> {
    return this.engine.configureIndex(LIBRARY_INDEX, LIBRARY_INDEX_SETTINGS);
  }

  /**
   * Idempotent: published → upsert, anything else (draft, deleted) → remove. Two jobs for one resource may
   * finish out of order; each re-reads the version after writing and goes again if it moved.
   */
  async syncOne(resourceId: string): Promise<void> {
    for (let round = 0; round < MAX_SYNC_ROUNDS; round += 1) {
      const before = await this.resources.findOneBy({ id: resourceId });
      if (before?.status === 'published')
        await this.engine.upsert(LIBRARY_INDEX, [toLibraryDocument(before)]);
      else await this.engine.delete(LIBRARY_INDEX, [resourceId]);
      if ((await this.versionOf(resourceId)) === before?.version) return;
    }
    throw new Error(`Library resource ${resourceId} kept changing while it was indexed; the job will retry`);
  }

  private async versionOf(resourceId: string): Promise<number | undefined> {
    const row = await this.resources.findOne({
      where: { id: resourceId },
      select: { id: true, version: true },
    });
    return row?.version;
  }

  /** Builds a fresh index from every published resource and swaps it in at once. */
  async rebuild(): Promise<{ indexed: number; removed: number }> {
    const startedAt = await databaseNow(this.resources.manager);
    const before = await idsIfIndexed(this.engine);
    const published = new Set<string>();
    await this.engine.rebuildIndex(LIBRARY_INDEX, LIBRARY_INDEX_SETTINGS, async (write) => {
      let lastId = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const batch = await this.resources.find({
          where: { status: 'published', id: MoreThan(lastId) },
          order: { id: 'ASC' },
          take: REBUILD_BATCH,
        });
        if (batch.length === 0) break;
        await write(batch.map(toLibraryDocument));
        batch.forEach((resource) => published.add(resource.id));
        lastId = batch[batch.length - 1].id;
      }
    });
    const changed = await this.resources.find({
      select: { id: true },
      where: { updatedAt: MoreThanOrEqual(startedAt) },
    });
    for (const { id } of changed) await this.syncOne(id);
    return { indexed: published.size, removed: before.filter((id) => !published.has(id)).length };
  }
}

async function idsIfIndexed(engine: SearchEngine): Promise<string[]> {
  try {
    return await engine.getIds(LIBRARY_INDEX);
  } catch (error) {
    if (error instanceof SearchIndexNotFoundError) return [];
    throw error;
  }
}

async function databaseNow(manager: EntityManager): Promise<Date> {
  const [row] = (await manager.query('SELECT now() AS now')) as { now: Date | string }[];
  return new Date(row.now);
}
