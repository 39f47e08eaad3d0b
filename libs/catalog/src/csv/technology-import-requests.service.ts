import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Readable } from 'node:stream';
import { NotFoundProblem, ValidationProblem, flattenValidationErrors } from '@3ipet/common';
import { AuthContext, isAdmin } from '@3ipet/identity';
import { ImportJsonBody, ImportQuery } from '../dto/technology-import.dto';
import { VendorDirectory } from '../vendors/vendor-directory';
import { byteLimit } from './byte-limit';
import { ImportReport } from './import-report';
import { TechnologyImportService } from './technology-import.service';

/** Streamed `text/csv` bodies may be this large; JSON bodies stay under the API body limit (BODY_LIMIT_BYTES). */
export const CSV_IMPORT_MAX_BYTES = 64 * 1024 * 1024;

/** The HTTP face of an import: who imports into which organisation, and which body form was sent. */
@Injectable()
export class TechnologyImportRequests {
  constructor(
    private readonly imports: TechnologyImportService,
    private readonly vendors: VendorDirectory,
  ) {}

  async importFromRequest(actor: AuthContext, body: unknown, query: ImportQuery): Promise<ImportReport> {
    const organizationId = await this.targetOrganization(actor, query);
    const source =
      body instanceof Readable ? body.pipe(byteLimit(CSV_IMPORT_MAX_BYTES)) : await csvOfJson(body);
    if (body instanceof Readable) body.once('error', (error) => source.destroy(error));
    return this.imports.importCsv(organizationId, source);
  }

  private async targetOrganization(actor: AuthContext, query: ImportQuery): Promise<string> {
    if (!isAdmin(actor)) {
      // Another organisation's id answers like an unknown one: vendors import into their own only.
      if (query.organizationId !== undefined && query.organizationId !== actor.organizationId) {
        throw new NotFoundProblem('Vendor organisation');
      }
      return actor.organizationId!;
    }
    if (!query.organizationId) {
      throw new ValidationProblem([
        { field: 'organizationId', rule: 'required', message: 'admins must name the vendor organisation' },
      ]);
    }
    const vendor = (await this.vendors.findByIds([query.organizationId])).get(query.organizationId);
    if (!vendor) throw new NotFoundProblem('Vendor organisation');
    return vendor.id;
  }
}

async function csvOfJson(body: unknown): Promise<Readable> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationProblem([
      { field: 'body', rule: 'csvBody', message: 'send text/csv, or JSON of the form {"csv": "..."}' },
    ]);
  }
  const input = plainToInstance(ImportJsonBody, body);
  const errors = await validate(input, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
  });
  if (errors.length > 0) throw new ValidationProblem(flattenValidationErrors(errors));
  return Readable.from([input.csv]);
}
