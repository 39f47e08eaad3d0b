import type { EntityManager } from 'typeorm';
import { Problem } from '@3ipet/common';
import { Technology } from '../technology/technology.entity';

export interface ImportCaps {
  /** Data rows one file may hold (CSV_IMPORT_MAX_ROWS). */
  maxRows: number;
  /** Draft listings the organisation may hold once the import is done (CSV_IMPORT_MAX_DRAFTS_PER_ORGANIZATION). */
  maxDraftsPerOrganization: number;
}

/**
 * Enforces both caps while a file streams in; the import runs in one transaction, so a refusal leaves nothing.
 * Imports into one organisation take turns (a transaction-scoped advisory lock), so two files sent at once
 * cannot both fit under the draft cap that only one of them fits.
 */
export class ImportCapGuard {
  private constructor(
    private readonly caps: ImportCaps,
    private readonly draftsBefore: number,
  ) {}

  static async open(
    manager: EntityManager,
    organizationId: string,
    caps: ImportCaps,
  ): Promise<ImportCapGuard> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
      `catalog.csv-import:${organizationId}`,
    ]);
    const drafts = await manager.count(Technology, {
      where: { vendorOrganizationId: organizationId, status: 'draft' },
    });
    return new ImportCapGuard(caps, drafts);
  }

  /** Before reading data row `rowsRead` (1-based). */
  checkRows(rowsRead: number): void {
    if (rowsRead <= this.caps.maxRows) return;
    throw new Problem(
      413,
      'csv-too-many-rows',
      'Too many rows',
      `A CSV import may hold at most ${this.caps.maxRows} rows; split the file. Nothing was imported.`,
      {
        limit: this.caps.maxRows,
        errors: [
          { field: 'csv', rule: 'maxRows', message: `a file may hold at most ${this.caps.maxRows} rows` },
        ],
      },
    );
  }

  /** Before accepting valid row number `validRows` as a new draft. */
  checkDrafts(validRows: number): void {
    const limit = this.caps.maxDraftsPerOrganization;
    if (this.draftsBefore + validRows <= limit) return;
    throw new Problem(
      422,
      'too-many-drafts',
      'Too many draft listings',
      `An organisation may hold at most ${limit} draft listings; it has ${this.draftsBefore}, so this file ` +
        `may add at most ${Math.max(0, limit - this.draftsBefore)}. Publish or delete drafts first. Nothing was imported.`,
      {
        limit,
        drafts: this.draftsBefore,
        errors: [
          {
            field: 'csv',
            rule: 'maxDraftsPerOrganization',
            message: `an organisation may hold at most ${limit} draft listings`,
          },
        ],
      },
    );
  }
}
