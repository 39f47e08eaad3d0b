import { Outbox1764400000000 } from './1764400000000-outbox';

/** Every migration, oldest first. Add new ones at the end (file name: <unix ms>-<what>.ts). */
export const ALL_MIGRATIONS = [Outbox1764400000000];
