import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, FindOptionsSelect, In, MoreThan, MoreThanOrEqual, Repository } from 'typeorm';
import { IndexConfiguration, SearchEngine, SearchIndexNotFoundError } from '@3ipet/search';
import { Technology } from '../technology/technology.entity';
import { VendorDirectory, VendorSummary } from '../vendors/vendor-directory';
import { TECHNOLOGY_INDEX, TECHNOLOGY_INDEX_SETTINGS } from './technology-index';
import { toTechnologyDocument, vendorFields } from './technology-document';

const REBUILD_BATCH = 2000;
const FIRST_ID = '00000000-0000-0000-0000-000000000000';
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
    'categories',
    'pollutants',
    'intents',
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
    'verifiedClaims',
  ].map((column) => [column, true]),
);
/** Re-reads after writing until the database stood still meanwhile (see syncOne). */
const MAX_SYNC_ROUNDS = 5;

const stamp = (technology: Pick<Technology, 'version' | 'verifiedClaims'> | null | undefined) =>
  technology ? `${technology.version}:${JSON.stringify(technology.verifiedClaims)}` : undefined;

const sameVendorFields = (a: VendorSummary | undefined, b: VendorSummary | undefined) =>
  JSON.stringify(vendorFields(a)) === JSON.stringify(vendorFields(b));

export type RebuildProgress = (indexed: number, total: number) => void;

/** Keeps the `technologies` index equal to the published listings in the database. */
@Injectable()
export class TechnologyIndexer {
  constructor(
    @InjectRepository(Technology) private readonly technologies: Repository<Technology>,
    private readonly engine: SearchEngine,
    private readonly vendors: VendorDirectory,
  ) {}

  configure(): Promise<IndexConfiguration> {
    return this.engine.configureIndex(TECHNOLOGY_INDEX, TECHNOLOGY_INDEX_SETTINGS);
  }

  /**
   * Idempotent: makes the index hold the listing's current state (published → upsert, else remove).
   * Two jobs for one listing may run at once and finish out of order; a job re-reads the version (and the
   * vendor fields it copied) after writing and goes again if they moved, so the last write is the latest state.
   */
  async syncOne(technologyId: string): Promise<void> {
    for (let round = 0; round < MAX_SYNC_ROUNDS; round += 1) {
      const before = await this.technologies.findOneBy({ id: technologyId });
      if (before?.status === 'published') {
        const vendor = await this.vendorOf(before.vendorOrganizationId);
        await this.engine.upsert(TECHNOLOGY_INDEX, [toTechnologyDocument(before, vendor)]);
        const vendorNow = await this.vendorOf(before.vendorOrganizationId);
        if ((await this.stampOf(technologyId)) === stamp(before) && sameVendorFields(vendor, vendorNow)) {
          return;
        }
      } else {
        await this.engine.delete(TECHNOLOGY_INDEX, [technologyId]);
        if ((await this.stampOf(technologyId)) === stamp(before)) return;
      }
    }
    throw new Error(`Technology ${technologyId} kept changing while it was indexed; the job will retry`);
  }

  /**
   * Idempotent: rewrites the documents of the vendor's published listings with its current profile (after a
   * rename or a verification). Goes again if the profile moved while writing; a listing edited or unpublished
   * meanwhile is handed to syncOne, so an older document written here never outlives the newer one.
   */
  async syncVendor(organizationId: string): Promise<void> {
    for (let round = 0; round < MAX_SYNC_ROUNDS; round += 1) {
      const vendor = await this.vendorOf(organizationId);
      let lastId = FIRST_ID;
      for (;;) {
        const batch = await this.technologies.find({
          select: DOCUMENT_COLUMNS,
          where: { vendorOrganizationId: organizationId, status: 'published', id: MoreThan(lastId) },
          order: { id: 'ASC' },
          take: REBUILD_BATCH,
        });
        if (batch.length === 0) break;
        await this.engine.upsert(
          TECHNOLOGY_INDEX,
          batch.map((t) => toTechnologyDocument(t, vendor)),
        );
        await this.resyncMoved(batch);
        lastId = batch[batch.length - 1].id;
      }
      if (sameVendorFields(vendor, await this.vendorOf(organizationId))) return;
    }
    throw new Error(
      `Vendor ${organizationId} kept changing while its listings were indexed; the job will retry`,
    );
  }

  /** Listings whose version or status moved since they were read and written: syncOne writes them again. */
  private async resyncMoved(written: Technology[]): Promise<void> {
    const current = await this.technologies.find({
      select: { id: true, version: true, status: true },
      where: { id: In(written.map((t) => t.id)) },
    });
    const now = new Map(current.map((t) => [t.id, t]));
    for (const { id, version } of written) {
      const after = now.get(id);
      if (after?.status !== 'published' || after.version !== version) await this.syncOne(id);
    }
  }

  private async vendorOf(organizationId: string): Promise<VendorSummary | undefined> {
    return (await this.vendors.findByIds([organizationId])).get(organizationId);
  }

  /** The version and the verified claims: a verdict changes the document without a new listing version. */
  private async stampOf(technologyId: string): Promise<string | undefined> {
    const row = await this.technologies.findOne({
      where: { id: technologyId },
      select: { id: true, version: true, verifiedClaims: true },
    });
    return stamp(row);
  }

  /**
   * Builds a fresh index from every published listing and swaps it in at once (see SearchEngine.rebuildIndex):
   * searches meanwhile see the previous index whole. Listings changed while the copy was built (by another
   * process, whose writes reached only the old index) are synced again once it is live.
   */
  async rebuild(
    onProgress: RebuildProgress = () => undefined,
  ): Promise<{ indexed: number; removed: number }> {
    const startedAt = await databaseNow(this.technologies.manager);
    const before = await idsIfIndexed(this.engine, TECHNOLOGY_INDEX);
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
    await this.engine.rebuildIndex(TECHNOLOGY_INDEX, TECHNOLOGY_INDEX_SETTINGS, async (write) => {
      let next = readAfter(FIRST_ID);
      for (;;) {
        const batch = await next;
        if (batch.length === 0) break;
        // The database reads the next batch while the engine takes this one.
        next = readAfter(batch[batch.length - 1].id);
        const vendors = await this.vendors.findByIds([...new Set(batch.map((t) => t.vendorOrganizationId))]);
        await write(batch.map((t) => toTechnologyDocument(t, vendors.get(t.vendorOrganizationId))));
        batch.forEach((t) => published.add(t.id));
        onProgress(published.size, Math.max(total, published.size));
      }
    });
    const changed = await this.technologies.find({
      select: { id: true },
      where: { updatedAt: MoreThanOrEqual(startedAt) },
    });
    for (const { id } of changed) await this.syncOne(id);
    return { indexed: published.size, removed: before.filter((id) => !published.has(id)).length };
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
