import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileForChildProcess } from '../../../test/support/child-module';

const node = join(__dirname, '../../../node_modules/.bin/node');

/** Objects from one literal that all survive: V8 decides to pretenure that site unless told not to. */
const SURVIVING_ALLOCATIONS =
  'const kept = []; function make(i) { return { i }; } for (let i = 0; i < 4e6; i++) kept.push(make(i));';

/** V8's pretenuring decisions printed by a node process that runs `script` (one line per site it digests). */
function pretenuringDecisions(script: string): string[] {
  const output = execFileSync(node, ['--trace-pretenuring-statistics', '-e', script], { encoding: 'utf8' });
  return output.split('\n').filter((line) => line.includes('pretenuring:'));
}

describe('heap flags of the api process', () => {
  let dir: string;
  let compiled: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), '3ipet-heap-flags-'));
    compiled = compileForChildProcess(join(__dirname, 'heap-flags.ts'), dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('V8 pretenures an allocation site whose objects survive, in a plain process', () => {
    // Whether a collection sees enough of the site's objects depends on timing (9 runs in 10 do): up to 5 tries.
    const tenured = () =>
      pretenuringDecisions(SURVIVING_ALLOCATIONS).some((line) => line.includes('=> tenure'));
    expect([1, 2, 3, 4, 5].some(tenured)).toBe(true);
  });

  it('makes no pretenuring decision at all once imported', () => {
    const script = `require(${JSON.stringify(compiled)}); ${SURVIVING_ALLOCATIONS}`;
    expect(pretenuringDecisions(script)).toEqual([]);
  });

  it('is what the api imports first, before anything that allocates', () => {
    const imports = readFileSync(join(__dirname, 'main.ts'), 'utf8').match(/^import .*$/gm) ?? [];
    expect(imports[0]).toBe("import './heap-flags';");
  });
});
