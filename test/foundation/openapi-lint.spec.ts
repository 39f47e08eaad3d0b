import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TestApp, bootTestApp } from '../support/app';

/**
 * The served OpenAPI document passes Redocly's and Spectral's recommended rulesets (with the exceptions in
 * redocly.yaml and .spectral.yaml, each with its reason) without a single error. Warnings are printed, not fatal.
 */
const ROOT = resolve(__dirname, '../..');
const bin = (path: string) => join(ROOT, 'node_modules', path);

interface Finding {
  severity: 'error' | 'warning' | 'info' | 'hint';
  rule: string;
  where: string;
  message: string;
}

function run(script: string, args: string[]): { stdout: string; stderr: string } {
  // The linters run on the Node that runs the tests (the project's), not whatever `node` the shebang finds.
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr };
}

function redocly(file: string): Finding[] {
  const { stdout, stderr } = run(bin('@redocly/cli/bin/cli.js'), [
    'lint',
    file,
    '--config',
    join(ROOT, 'redocly.yaml'),
    '--format',
    'json',
  ]);
  const json = stdout.slice(stdout.indexOf('{'));
  if (!json) throw new Error(`redocly printed no report:\n${stderr}`);
  const report = JSON.parse(json) as {
    problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
  };
  return report.problems.map((problem) => ({
    severity: problem.severity as Finding['severity'],
    rule: problem.ruleId,
    where: problem.location[0]?.pointer ?? '',
    message: problem.message,
  }));
}

const SPECTRAL_SEVERITY: Finding['severity'][] = ['error', 'warning', 'info', 'hint'];

function spectral(file: string): Finding[] {
  const { stdout, stderr } = run(bin('@stoplight/spectral-cli/dist/index.js'), [
    'lint',
    file,
    '--ruleset',
    join(ROOT, '.spectral.yaml'),
    '--format',
    'json',
    '--quiet',
  ]);
  const json = stdout.slice(stdout.indexOf('['));
  if (!json) throw new Error(`spectral printed no report:\n${stdout}\n${stderr}`);
  const report = JSON.parse(json) as { code: string; severity: number; message: string; path: string[] }[];
  return report.map((finding) => ({
    severity: SPECTRAL_SEVERITY[finding.severity],
    rule: finding.code,
    where: finding.path.join('.'),
    message: finding.message,
  }));
}

const describeFindings = (findings: Finding[]) =>
  findings.map((f) => `${f.severity} ${f.rule} at ${f.where}: ${f.message}`).join('\n');

describe('the served OpenAPI document', () => {
  let t: TestApp;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    t = await bootTestApp('pglite');
    const response = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(response.status).toBe(200);
    dir = mkdtempSync(join(tmpdir(), '3ipet-openapi-'));
    file = join(dir, 'openapi.json');
    writeFileSync(file, response.text);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it.each([
    ['Redocly (recommended)', redocly],
    ['Spectral (spectral:oas recommended)', spectral],
  ])(
    'passes %s with no error',
    (_name, lint) => {
      const findings = lint(file);
      const warnings = findings.filter((f) => f.severity !== 'error');
      if (warnings.length > 0)
        console.warn(`${_name}: ${warnings.length} warnings\n${describeFindings(warnings)}`);
      expect(describeFindings(findings.filter((f) => f.severity === 'error'))).toBe('');
    },
    180_000,
  );

  it('states the security of every operation: none for sign-in, optional for public reads, else a Bearer token', () => {
    const document = JSON.parse(readFileSync(file, 'utf8'));
    const security = (path: string, method: string) => document.paths[path][method].security;
    for (const path of ['register', 'login', 'refresh', 'logout', 'accept-invitation']) {
      expect([path, security(`/api/v1/auth/${path}`, 'post')]).toEqual([path, []]);
    }
    expect(security('/health/ready', 'get')).toEqual([]);
    for (const [path, method] of [
      ['/api/v1/technologies/search', 'get'],
      ['/api/v1/technologies/{id}', 'get'],
      ['/api/v1/events.ics', 'get'],
    ]) {
      expect([path, security(path, method)]).toEqual([path, [{}, { bearer: [] }]]);
    }
    for (const [path, method] of [
      ['/api/v1/notifications', 'get'],
      ['/api/v1/technologies', 'post'],
      ['/api/v1/me', 'get'],
    ]) {
      expect([path, security(path, method)]).toEqual([path, [{ bearer: [] }]]);
      expect(document.paths[path][method].responses['401']).toBeDefined();
    }
    expect(Object.keys(document.components.schemas.ProblemView.properties)).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail', 'instance', 'requestId', 'errors']),
    );
  });

  it('catches an untyped nullable property (the linters are really run, with our rules)', () => {
    const document = JSON.parse(readFileSync(file, 'utf8'));
    document.components.schemas.ProblemView.properties.detail = { type: 'object', nullable: true };
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify(document));
    const errors = spectral(broken).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toContain('object-schema-says-what-it-holds');
  }, 180_000);
});
