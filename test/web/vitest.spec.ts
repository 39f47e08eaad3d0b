import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './support/web';

interface VitestReport {
  success: boolean;
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
}

/** The web UI's own unit and component tests (Vitest, jsdom) run as part of `npm test`. */
describe('web UI unit tests (vitest)', () => {
  it('all pass, none skipped', () => {
    const outputDir = mkdtempSync(join(tmpdir(), '3ipet-vitest-'));
    const reportFile = join(outputDir, 'report.json');
    try {
      const run = spawnSync(
        join(root, 'node_modules/.bin/node'),
        [
          'node_modules/vitest/vitest.mjs',
          'run',
          '--config',
          'apps/web/vite.config.ts',
          '--reporter=json',
          `--outputFile=${reportFile}`,
        ],
        { cwd: root, encoding: 'utf8', timeout: 120_000 },
      );
      const report = JSON.parse(readFileSync(reportFile, 'utf8')) as VitestReport;
      const failures = report.testResults.flatMap((file) =>
        file.assertionResults
          .filter((test) => test.status !== 'passed')
          .map((test) => `${test.status}: ${test.fullName}`),
      );
      process.stdout.write(
        `vitest: ${report.numPassedTests}/${report.numTotalTests} passed in ${report.testResults.length} files\n`,
      );
      expect({ exitCode: run.status, failures }).toEqual({ exitCode: 0, failures: [] });
      expect(report.numTotalTests).toBeGreaterThan(0);
      expect(report.numPendingTests + report.numTodoTests).toBe(0);
    } finally {
      rmSync(outputDir, { recursive: true, force: true });
    }
  }, 150_000);
});
