import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { EntityManager } from 'typeorm';
import { SEED_LOGINS } from '@3ipet/catalog';
import { OutboxWriter } from '@3ipet/database';
import { User } from '@3ipet/identity';
import { ResourceInput } from '../dto/resource-input.dto';
import { LibraryChangeOutbox } from '../resource/library-change-outbox';
import { LibraryResource } from '../resource/library-resource.entity';
import { freeSlug } from '../use-cases/library-authoring.service';
import { SEED_RESOURCES, SeedResource } from './seed-library.data';

export interface LibrarySeedResult {
  resources: number;
  published: number;
}

/**
 * Adds the demo library (guidance, a case study, a policy brief, workshop material) in the caller's
 * transaction, linked by title to the seeded technologies, needs and events; call it after those seeds.
 * Published resources get their outbox row, so the search index learns of them however the app started.
 */
export async function seedLibrary(
  manager: EntityManager,
  now: Date = new Date(),
): Promise<LibrarySeedResult> {
  const changes = new LibraryChangeOutbox(new OutboxWriter());
  const admin = await manager.findOneBy(User, { email: SEED_LOGINS.admin.email });
  let published = 0;
  for (const seed of SEED_RESOURCES) {
    const input = await validated(seed);
    const resource = await manager.save(
      manager.create(LibraryResource, {
        kind: input.kind,
        title: input.title,
        body: input.body,
        translations: input.translations ?? [],
        authors: input.authors ?? [],
        issuedOn: input.date,
        pollutants: input.pollutants ?? [],
        sectors: input.sectors ?? [],
        countries: input.countries ?? [],
        categories: input.categories ?? [],
        links: input.links ?? [],
        technologyIds: await idsByTitle(manager, 'technology', seed.technologies),
        needIds: await idsByTitle(manager, 'need', seed.needs),
        eventIds: await idsByTitle(manager, 'event', seed.events),
        slug: await freeSlug(manager, input.title),
        status: seed.published ? 'published' : 'draft',
        version: 1,
        createdBy: admin?.id ?? null,
        publishedAt: seed.published ? now : null,
      }),
    );
    if (seed.published) {
      await changes.add(manager, resource.id);
      published += 1;
    }
  }
  return { resources: SEED_RESOURCES.length, published };
}

async function validated(seed: SeedResource): Promise<ResourceInput> {
  const input = plainToInstance(ResourceInput, seed.input);
  const errors = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0)
    throw new Error(`Seed resource "${seed.input.title}" is invalid: ${JSON.stringify(errors)}`);
  return input;
}

/** Links to seeded rows by their title; a title the other seeds lack is a mistake in this file. */
async function idsByTitle(manager: EntityManager, table: 'technology' | 'need' | 'event', titles: string[]) {
  const ids: string[] = [];
  for (const title of titles) {
    const [row] = (await manager.query(`SELECT id FROM ${table} WHERE title = $1 LIMIT 1`, [title])) as {
      id: string;
    }[];
    if (!row) throw new Error(`Seed library: no seeded ${table} titled "${title}"`);
    ids.push(row.id);
  }
  return ids;
}
