import { executionAsyncResource } from 'node:async_hooks';

/** Often enough that a shape V8 replaces (a field generalized) is held again long before a GC could drop it. */
const REFRESH_MS = 10_000;

let held: object | undefined;
let refresher: NodeJS.Timeout | undefined;

/**
 * Keeps one `process.nextTick` entry alive for the life of the process, so V8 keeps the hidden classes (maps)
 * its entries are built with.
 *
 * Why: Node builds each nextTick entry with an object literal of computed keys, one map transition per key. No
 * entry outlives its tick, so while PGlite starts (a large WASM heap: many full GCs with no entry alive) V8
 * collects those maps, and each new entry gets new ones. After a few rounds the literal's property sites go
 * megamorphic for good and every nextTick in the process (several per HTTP request) defines its keys through
 * the runtime: the embedded api served about a fifth fewer requests per second than on PostgreSQL
 * (bench/http-overhead.bench.ts). A live entry keeps the maps reachable, so the sites stay monomorphic.
 *
 * Inside a nextTick callback, `executionAsyncResource()` is that tick's own entry (public API, no async hook).
 * It is refreshed now and then: a map V8 later replaces (generalizing a field) must be held as well.
 */
export function holdTickShape(): void {
  if (refresher !== undefined) return;
  const capture = () =>
    process.nextTick(() => {
      held = executionAsyncResource();
    });
  capture();
  refresher = setInterval(capture, REFRESH_MS).unref();
}

/** The nextTick entry being held (for tests). */
export const heldTickEntry = (): object | undefined => held;
