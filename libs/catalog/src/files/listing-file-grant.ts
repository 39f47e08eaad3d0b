import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FileReadGrants } from '@3ipet/files';

/**
 * Anyone may read a file attached to a published listing (its images and documents are part of the listing) or
 * cited as evidence by a claim of one; a draft's files stay with its organisation and admins.
 */
@Injectable()
export class ListingFileGrant implements OnModuleInit {
  constructor(
    private readonly grants: FileReadGrants,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.grants.register(async (_actor, file) => {
      const [{ shared }] = await this.dataSource.query(
        `SELECT EXISTS (
           SELECT 1 FROM technology_file link JOIN technology t ON t.id = link.technology_id
           WHERE link.file_id = $1 AND t.status = 'published'
         ) OR EXISTS (
           SELECT 1 FROM technology_claim claim JOIN technology t ON t.id = claim.technology_id
           WHERE claim.evidence_file_id = $1 AND t.status = 'published'
         ) AS shared`,
        [file.id],
      );
      return shared;
    });
  }
}

/** The first image's thumbnail of each published listing among `ids` (for search results). */
export async function firstThumbnails(dataSource: DataSource, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows: { technology_id: string; file_id: string }[] = await dataSource.query(
    `SELECT DISTINCT ON (link.technology_id) link.technology_id, link.file_id
     FROM technology_file link JOIN stored_file f ON f.id = link.file_id
     WHERE link.technology_id = ANY($1::uuid[]) AND link.role = 'image' AND f.thumbnail_key IS NOT NULL
     ORDER BY link.technology_id, link.position`,
    [ids],
  );
  return new Map(rows.map((row) => [row.technology_id, `/api/v1/files/${row.file_id}/thumbnail`]));
}
