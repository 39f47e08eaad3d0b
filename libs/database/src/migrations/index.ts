import { Outbox1764400000000 } from './1764400000000-outbox';
import { Identity1764500000000 } from './1764500000000-identity';
import { TechnologyCatalog1764600000000 } from './1764600000000-technology-catalog';

/** Every migration, oldest first. Add new ones at the end (file name: <unix ms>-<what>.ts). */
export const ALL_MIGRATIONS = [Outbox1764400000000, Identity1764500000000, TechnologyCatalog1764600000000];
