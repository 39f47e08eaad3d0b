import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { FindOptionsWhere, MoreThan, Repository } from 'typeorm';
import { safeCsvStringifier } from '@3ipet/common';
import { AuthContext, isAdmin } from '@3ipet/identity';
import type { ExportQuery } from '../dto/technology-import.dto';
import { TRANSLATION_LANGUAGES } from '@3ipet/common';
import { Technology } from '../technology/technology.entity';
import { exportColumns } from './technology-csv-columns';
import { toCsvRecord } from './technology-csv-row';

const EXPORT_BATCH = 500;

/** Streams listings as CSV in the import's format, reading the database in keyset-paginated batches. */
@Injectable()
export class TechnologyExportService {
  constructor(@InjectRepository(Technology) private readonly technologies: Repository<Technology>) {}

  async exportCsv(actor: AuthContext, query: ExportQuery): Promise<StreamableFile> {
    const where: FindOptionsWhere<Technology> = query.status ? { status: query.status } : {};
    if (!isAdmin(actor) || query.mine) {
      // An admin belongs to no organisation: "mine" matches nothing (no uuid is all zeros).
      where.vendorOrganizationId = actor.organizationId ?? '00000000-0000-0000-0000-000000000000';
    }
    const csv = safeCsvStringifier({ header: true, columns: exportColumns(await this.languagesUsed(where)) });
    const records = Readable.from(this.records(where));
    records.once('error', (error) => csv.destroy(error));
    return new StreamableFile(records.pipe(csv), {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="technologies.csv"',
    });
  }

  /** Translation columns only for the languages the exported listings use, in taxonomy order. */
  private async languagesUsed(where: FindOptionsWhere<Technology>): Promise<string[]> {
    const rows: { language: string }[] = await this.technologies
      .createQueryBuilder('t')
      .select(`DISTINCT jsonb_array_elements(t.translations)->>'language'`, 'language')
      .where(where)
      .getRawMany();
    const used = new Set(rows.map((row) => row.language));
    return TRANSLATION_LANGUAGES.filter((language) => used.has(language));
  }

  private async *records(where: FindOptionsWhere<Technology>): AsyncGenerator<Record<string, string>> {
    let lastId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.technologies.find({
        where: { ...where, id: MoreThan(lastId) },
        order: { id: 'ASC' },
        take: EXPORT_BATCH,
      });
      for (const technology of batch) yield toCsvRecord(technology);
      if (batch.length < EXPORT_BATCH) return;
      lastId = batch[batch.length - 1].id;
    }
  }
}
