import { ApiProperty } from '@nestjs/swagger';

export class ImportRowError {
  @ApiProperty({ description: 'Record number as a spreadsheet shows it: the header is row 1' }) row!: number;
  @ApiProperty({ example: 'capital_cost_max_usd' }) field!: string;
  @ApiProperty({ example: 'notBelow' }) rule!: string;
  @ApiProperty() message!: string;
}

export class ImportReport {
  @ApiProperty({ description: 'Rows created as drafts' }) imported!: number;
  @ApiProperty({ description: 'Rows refused; nothing of them was written' }) rejected!: number;
  @ApiProperty({ type: [ImportRowError] }) errors!: ImportRowError[];
  @ApiProperty({ description: 'True when more errors occurred than are listed' }) errorsTruncated!: boolean;
}

export const MAX_REPORTED_ERRORS = 1000;

/** Collects the report while rows stream by; keeps at most MAX_REPORTED_ERRORS errors in memory. */
export class ImportReportBuilder {
  private readonly report: ImportReport = { imported: 0, rejected: 0, errors: [], errorsTruncated: false };

  accepted(count: number): void {
    this.report.imported += count;
  }

  rejected(row: number, errors: { field: string; rule: string; message: string }[]): void {
    this.report.rejected += 1;
    for (const error of errors) {
      if (this.report.errors.length >= MAX_REPORTED_ERRORS) {
        this.report.errorsTruncated = true;
        return;
      }
      this.report.errors.push({ row, ...error });
    }
  }

  build(): ImportReport {
    return this.report;
  }
}
