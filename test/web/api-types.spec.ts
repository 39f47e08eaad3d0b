import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp, bootTestApp } from '../support/app';
import { testEnv } from '../support/env';
import { root } from './support/web';

/**
 * The web client's API types are generated from the served OpenAPI document by openapi-typescript and checked in;
 * this fails when they drift from what the current document generates. `npm run api:types` regenerates them.
 */
const CHECKED_IN = join(root, 'apps/web/src/api/schema.d.ts');
/** The validation rules of the request bodies the web's main forms send, for checking in the browser first. */
const RULES_CHECKED_IN = join(root, 'apps/web/src/api/form-rules.ts');
const FORM_SCHEMAS = [
  'TechnologyInput',
  'TranslationInput',
  'ReferenceProjectInput',
  'OutletGuaranteeInput',
  'NeedInput',
  'OutletLimitInput',
  'RegisterDto',
  'RegisterOrganizationDto',
  'UpdateOrganizationDto',
  'ContactPersonDto',
];
const RULE_KEYWORDS = [
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'format',
];

interface SchemaObject {
  required?: string[];
  properties?: Record<string, Record<string, unknown>>;
}

/** The schema a property points at: `$ref`, or the one `$ref` of an `allOf`/`oneOf` (nullable objects). */
function refOf(property: Record<string, unknown> | undefined): string | undefined {
  if (!property) return undefined;
  const refs = [property, ...((property.allOf ?? property.oneOf ?? []) as Record<string, unknown>[])]
    .map((part) => part.$ref)
    .filter((ref): ref is string => typeof ref === 'string');
  return refs[0]?.split('/').pop();
}

/** A small table (schema → field → rule), so the web checks what the API checks without loading the document. */
function formRulesFrom(document: { components: { schemas: Record<string, SchemaObject> } }): string {
  const table: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const name of FORM_SCHEMAS) {
    const schema = document.components.schemas[name];
    if (!schema) throw new Error(`the OpenAPI document has no schema ${name}`);
    const fields: Record<string, Record<string, unknown>> = {};
    for (const [field, property] of Object.entries(schema.properties ?? {})) {
      const rule: Record<string, unknown> = {};
      if (schema.required?.includes(field)) rule.required = true;
      for (const keyword of RULE_KEYWORDS)
        if (property[keyword] !== undefined) rule[keyword] = property[keyword];
      const nested = refOf(property) ?? refOf(property.items as Record<string, unknown> | undefined);
      if (nested && FORM_SCHEMAS.includes(nested)) rule.schema = nested;
      if (Object.keys(rule).length > 0) fields[field] = rule;
    }
    table[name] = fields;
  }
  return (
    '// Generated from the OpenAPI document by `npm run api:types` (test/web/api-types.spec.ts); do not edit.\n' +
    "import type { FieldRule } from './form-rule';\n\n" +
    `export const FORM_RULES: Record<string, Record<string, FieldRule>> = ${JSON.stringify(table, null, 2)};\n`
  );
}

function generate(documentText: string): string {
  const dir = mkdtempSync(join(tmpdir(), '3ipet-api-types-'));
  try {
    writeFileSync(join(dir, 'openapi.json'), documentText);
    // Run in the temporary folder so the project's redocly.yaml (a lint config) is not taken as generator config.
    const run = spawnSync(
      process.execPath,
      [join(root, 'node_modules/openapi-typescript/bin/cli.js'), 'openapi.json', '--output', 'schema.d.ts'],
      { cwd: dir, encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`openapi-typescript failed:\n${run.stdout}\n${run.stderr}`);
    return readFileSync(join(dir, 'schema.d.ts'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the web client's generated API types", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp('pglite');
  });
  afterAll(() => t.close());

  it('are what the served OpenAPI document generates (npm run api:types)', async () => {
    const document = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(document.status).toBe(200);
    const generated = generate(document.text);
    if (testEnv.updateApiTypes) writeFileSync(CHECKED_IN, generated);
    const rules = formRulesFrom(JSON.parse(document.text));
    if (testEnv.updateApiTypes) writeFileSync(RULES_CHECKED_IN, rules);
    const rulesCheckedIn = existsSync(RULES_CHECKED_IN) ? readFileSync(RULES_CHECKED_IN, 'utf8') : '';
    expect({ file: 'apps/web/src/api/form-rules.ts (npm run api:types)', rules: rulesCheckedIn }).toEqual({
      file: 'apps/web/src/api/form-rules.ts (npm run api:types)',
      rules,
    });
    const checkedIn = existsSync(CHECKED_IN) ? readFileSync(CHECKED_IN, 'utf8') : '';
    if (checkedIn !== generated) {
      throw new Error(
        'apps/web/src/api/schema.d.ts differs from what the OpenAPI document generates: run `npm run api:types` ' +
          'and commit it (then fix the web client where its types no longer fit).',
      );
    }
  }, 120_000);
});
