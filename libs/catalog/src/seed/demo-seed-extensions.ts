import type { EntityManager } from 'typeorm';

/**
 * Demo data of contexts that build on the catalog (needs, events). The composition root provides the
 * list; the catalog seeder runs each in its own transaction, after the organisations and listings exist.
 */
export const DEMO_SEED_EXTENSIONS = Symbol('3ipet.catalog.demo-seed-extensions');

export type DemoSeedExtension = (manager: EntityManager, now: Date) => Promise<unknown>;
