/**
 * The authorization matrix: every route of the API, and what each kind of caller gets.
 *
 * HOW TO ADD ROWS. Put a file `test/authorization/rows/<lib>.rows.ts` exporting `rows: MatrixRow[]`;
 * it is picked up automatically (no list to edit). `matrix.e2e.spec.ts` boots the api on every
 * database leg, reads /api/openapi.json and fails when a documented route has no row, or a row
 * names a route that is not documented (mark deliberate exceptions `undocumented: true`).
 *
 * A row:
 *   {
 *     method: 'PATCH',
 *     path: '/api/v1/organizations/{id}',            // exactly as in the OpenAPI document
 *     expect: {
 *       anonymous: 401,
 *       vendor: { own: 200, foreign: 404 },          // or one number for both cases
 *       agency: { own: 200, foreign: 404 },
 *       admin: 200,
 *     },
 *     ownerKind: 'agency',                           // optional: resources only agencies own (default: caller's kind)
 *     setup: async ({ caller, owner, kit, app }) => ({
 *       params: { id: owner.organizationId },        // fills {id}
 *       body: { name: 'Renamed' },                   // a VALID body, so the status shows authorization, not validation
 *     }),
 *     verify: (response, c) => undefined,            // optional extra check; return what is wrong
 *   }
 *
 * For each row the runner makes six cases: anonymous; vendor own / foreign; agency own / foreign; admin;
 * and a seventh, an expert (no organisation, nothing assigned unless `setup` assigns it), when the row
 * sets `expect.expert` (required under /api/v1/reviews and /api/v1/files).
 * Every case gets a fresh caller and owner from the factories (`test/support/factories.ts`), and `setup`
 * runs again for each, so create the resource inside `setup` (e.g. a listing owned by `owner.organizationId`).
 * "own" means the caller is the owner; "foreign" means the owner belongs to another organisation.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MatrixRow } from './matrix';

export * from './matrix';

export function allRows(): MatrixRow[] {
  const directory = join(__dirname, 'rows');
  return readdirSync(directory)
    .filter((file) => file.endsWith('.rows.ts'))
    .sort()
    .flatMap((file) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const module = require(join(directory, file)) as { rows?: MatrixRow[] };
      if (!Array.isArray(module.rows)) throw new Error(`${file} must export \`rows: MatrixRow[]\``);
      return module.rows;
    });
}
