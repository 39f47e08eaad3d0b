import { Injectable } from '@nestjs/common';
import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
import { EntityManager } from 'typeorm';
import { ValidationProblem, unescapeCsvFormula } from '@3ipet/common';
import { AppConfig } from '@3ipet/config';
import { TransactionRunner } from '@3ipet/database';
import { ListingFields, toListingFields, validateListingInput } from '../lifecycle/listing-fields';
import { assertValidHeader } from './csv-header';
import { ImportCapGuard } from './import-caps';
import { ImportReport, ImportReportBuilder } from './import-report';
import { insertDrafts } from './technology-bulk-insert';
import { columnOfField } from './technology-csv-columns';
import { parseCsvRow } from './technology-csv-row';

const INSERT_BATCH = 500;

export type ImportProgress = (rowsRead: number) => void;

/**
 * Streams a CSV file into draft listings of one vendor organisation. Every row is validated completely
 * in memory before it is queued for insertion, so a rejected row never reaches the database; valid rows
 * are inserted in multi-row batches, all in one transaction (an unexpected failure leaves nothing half-done).
 * Memory stays flat: two batches of rows and at most 1000 reported errors are held at any time.
 */
@Injectable()
export class TechnologyImportService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly config: AppConfig,
  ) {}

  importCsv(
    organizationId: string,
    source: Readable,
    onProgress: ImportProgress = () => undefined,
  ): Promise<ImportReport> {
    return this.transactions.run(async (manager) => {
      const report = new ImportReportBuilder();
      const caps = await ImportCapGuard.open(manager, organizationId, {
        maxRows: this.config.env.CSV_IMPORT_MAX_ROWS,
        maxDraftsPerOrganization: this.config.env.CSV_IMPORT_MAX_DRAFTS_PER_ORGANIZATION,
      });
      const writer = new BatchWriter(manager, organizationId, report);
      const parser = source.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true }));
      source.once('error', (error) => parser.destroy(error));
      let header: string[] | undefined;
      let row = 1;
      let validRows = 0;
      try {
        for await (const cells of parser as AsyncIterable<string[]>) {
          if (!header) {
            header = assertValidHeader(cells);
            continue;
          }
          row += 1;
          caps.checkRows(row - 1);
          const fields = readRow(header, cells, row, report);
          if (!fields) continue;
          caps.checkDrafts((validRows += 1));
          if (await writer.add(fields)) onProgress(row - 1);
        }
      } catch (error) {
        await writer.settle();
        throw asFileProblem(error);
      }
      await writer.flush();
      onProgress(row - 1);
      if (!header)
        throw new ValidationProblem([
          { field: 'csv', rule: 'notEmpty', message: 'the file has no header row' },
        ]);
      return report.build();
    });
  }
}

function readRow(
  header: string[],
  cells: string[],
  row: number,
  report: ImportReportBuilder,
): ListingFields | undefined {
  if (cells.length !== header.length) {
    report.rejected(row, [
      {
        field: 'row',
        rule: 'columnCount',
        message: `the row has ${cells.length} cells, the header ${header.length}`,
      },
    ]);
    return undefined;
  }
  // The export escapes formula cells (`'=…`); an import reads back exactly the text that was exported.
  const parsed = parseCsvRow(
    Object.fromEntries(header.map((column, i) => [column, unescapeCsvFormula(cells[i])])),
  );
  const { input, errors } = validateListingInput(parsed.plain);
  const allErrors = [
    ...parsed.errors,
    ...errors.map((error) => ({ ...error, field: columnOfField(error.field, parsed.translationLanguages) })),
  ];
  if (allErrors.length === 0) return toListingFields(input);
  report.rejected(row, allErrors);
  return undefined;
}

/** Collects valid rows into batches and keeps one INSERT in flight while the next batch is parsed. */
class BatchWriter {
  private batch: ListingFields[] = [];
  private inFlight: Promise<void> = Promise.resolve();

  constructor(
    private readonly manager: EntityManager,
    private readonly vendorId: string,
    private readonly report: ImportReportBuilder,
  ) {}

  /** Returns true when a batch was handed to the database. */
  async add(fields: ListingFields): Promise<boolean> {
    this.batch.push(fields);
    if (this.batch.length < INSERT_BATCH) return false;
    await this.inFlight;
    const batch = this.batch;
    this.batch = [];
    const insert = insertDrafts(this.manager, this.vendorId, batch).then(() =>
      this.report.accepted(batch.length),
    );
    // Handled here so a failure between two awaits is not an unhandled rejection; awaiting it still throws.
    insert.catch(() => undefined);
    this.inFlight = insert;
    // The embedded database runs queries on this thread without ever reaching the timers phase; let
    // timers and other requests run between batches instead of freezing the process for the whole file.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return true;
  }

  async flush(): Promise<void> {
    await this.inFlight;
    await insertDrafts(this.manager, this.vendorId, this.batch);
    this.report.accepted(this.batch.length);
    this.batch = [];
  }

  /** Lets a running INSERT finish (its own failure is secondary to the one being reported). */
  async settle(): Promise<void> {
    await this.inFlight.catch(() => undefined);
  }
}

/** csv-parse errors (an unclosed quote, …) make the whole file unreadable: 400, nothing imported. */
function asFileProblem(error: unknown): unknown {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && code.startsWith('CSV_')) {
    return new ValidationProblem([{ field: 'csv', rule: code, message: (error as Error).message }]);
  }
  return error;
}
