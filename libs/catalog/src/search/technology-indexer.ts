import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsSelect, MoreThan, Repository } from 'typeorm';
import { SearchEngine } from '@3ipet/search';
import { Technology } from '../technology/technology.entity';
import { VendorDirectory } from '../vendors/vendor-directory';
import { TECHNOLOGY_INDEX, TECHNOLOGY_INDEX_SETTINGS } from './technology-index';
import { toTechnologyDocument } from './technology-document';

const REBUILD_BATCH = 2000;
/** The columns a search document is made of; a rebuild reads nothing else. */
const DOCUMENT_COLUMNS: FindOptionsSelect<Technology> = Object.fromEntries(
  [
    'id',
    'version',
    'status',
    'vendorOrganizationId',
    'title',
    'summary',
    'description',
    'translations',
    'category',
    'pollutants',
    'sectors',
    'trl',
    'capitalCostMinUsd',
    'capitalCostMaxUsd',
    'deploymentCountries',
    'supplyCountries',
    'certifications',
    'dealTypes',
    'publishedAt',
    'updatedAt',
  ].map((column) => [column, true]),
);
/** Re-reads after writing until the database stood still meanwhile (see syncOne). */
const MAX_SYNC_ROUNDS = 5;

export type RebuildProgress = (indexed: number, total: number) => void;

/** Keeps the `technologies` index equal to the published listings in the database. */
@Injectable()
export class TechnologyIndexer {
  constructor(
    @InjectRepository(Technology) private readonly technologies: Repository<Technology>,
    private readonly engine: SearchEngine,
    private readonly vendors: VendorDirectory,
  ) {}

  configure(): Promise<void> {
    return this.engine.configureIndex(TECHNOLOGY_INDEX, TECHNOLOGY_INDEX_SETTINGS);
  }

  /**
   * Idempotent: makes the index hold the listing's current state (published → upsert, else remove).
   * Two jobs for one listing may run at once and finish out of order; a job re-reads the version after
   * writing and goes again if it moved, so the last write always reflects the latest state.
   */
  async syncOne(technologyId: string): Promise<void> {
    for (let round = 0; round < MAX_SYNC_ROUNDS; round += 1) {
      const before = await this.technologies.findOneBy({ id: technologyId });
      if (before?.status === 'published') {
        const vendors = await this.vendors.findByIds([before.vendorOrganizationId]);
        await this.engine.upsert(TECHNOLOGY_INDEX, [
          toTechnologyDocument(before, vendors.get(before.vendorOrganizationId)),
        ]);
      } else {
        await this.engine.delete(TECHNOLOGY_INDEX, [technologyId]);
      }
      const after = await this.technologies.findOne({
        where: { id: technologyId },
        select: { id: true, version: true },
      });
      if (after?.version === before?.version) return;
    }
    throw new Error(`Technology ${technologyId} kept changing while it was indexed; the job will retry`);
  }

  /**
   * Upserts every published listing in batches, then removes whatever else the index holds.
   * The index stays searchable throughout (no clear-then-fill gap).
   */
  async rebuild(
    onProgress: RebuildProgress = () => undefined,
  ): Promise<{ indexed: number; removed: number }> {
    await this.configure();
    const total = await this.technologies.countBy({ status: 'published' });
    const published = new Set<string>();
    const readAfter = (lastId: string) => {
      const read = this.technologies.find({
        select: DOCUMENT_COLUMNS,
        where: { status: 'published', id: MoreThan(lastId) },
        order: { id: 'ASC' },
        take: REBUILD_BATCH,
      });
      // Awaited on the next round; a failure meanwhile must not count as unhandled.
      read.catch(() => undefined);
      return read;
    };
    let next = readAfter('00000000-0000-0000-0000-000000000000');
    for (;;) {
      const batch = await next;
      if (batch.length === 0) break;
      // The database reads the next batch while the engine takes this one.
      next = readAfter(batch[batch.length - 1].id);
      const vendors = await this.vendors.findByIds([...new Set(batch.map((t) => t.vendorOrganizationId))]);
      await this.engine.upsert(
        TECHNOLOGY_INDEX,
        batch.map((t) => toTechnologyDocument(t, vendors.get(t.vendorOrganizationId))),
      );
      batch.forEach((t) => published.add(t.id));
      onProgress(published.size, Math.max(total, published.size));
    }
    const stale = (await this.engine.getIds(TECHNOLOGY_INDEX)).filter((id) => !published.has(id));
    if (stale.length > 0) await this.engine.delete(TECHNOLOGY_INDEX, stale);
    return { indexed: published.size, removed: stale.length };
  }
}
