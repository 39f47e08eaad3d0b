import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileForChildProcess } from '../../../test/support/child-module';

/**
 * Runs in a node of its own: V8's natives syntax tells whether two objects share a map, and `--expose-gc` runs
 * the full collections that would drop the nextTick entries' maps.
 */
function runProbe(): { heldIsTickEntry: boolean; sameMapAfterFullGcs: boolean } {
  const dir = mkdtempSync(join(tmpdir(), '3ipet-tick-shape-'));
  try {
    compileForChildProcess(join(__dirname, 'tick-shape.ts'), dir);
    writeFileSync(
      join(dir, 'probe.js'),
      `
      const { holdTickShape, heldTickEntry } = require('./tick-shape.js');
      const { executionAsyncResource } = require('node:async_hooks');
      const turn = () => new Promise((resolve) => setImmediate(resolve));
      (async () => {
        holdTickShape();
        await turn();
        const held = heldTickEntry();
        for (let i = 0; i < 4; i++) { gc(); await turn(); }
        const fresh = await new Promise((resolve) => process.nextTick(() => resolve(executionAsyncResource())));
        const symbols = held ? Object.getOwnPropertySymbols(held).map((s) => s.description) : [];
        console.log(JSON.stringify({
          heldIsTickEntry: typeof held?.callback === 'function' && symbols.includes('kAsyncContextFrame'),
          sameMapAfterFullGcs: held !== undefined && %HaveSameMap(held, fresh),
        }));
      })();
      `,
    );
    const run = spawnSync(
      process.execPath,
      ['--allow-natives-syntax', '--expose-gc', join(dir, 'probe.js')],
      {
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    if (run.status !== 0) throw new Error(`probe failed (${run.status}): ${run.stderr}`);
    return JSON.parse(run.stdout.trim());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('holdTickShape', () => {
  it('holds a live process.nextTick entry, whose map later entries still use after full GCs', () => {
    expect(runProbe()).toEqual({ heldIsTickEntry: true, sameMapAfterFullGcs: true });
  });
});
