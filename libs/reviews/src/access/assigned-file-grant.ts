import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FileReadGrants } from '@3ipet/files';
import { isExpert } from '@3ipet/identity';

/**
 * An expert reads the files of the listings assigned to them (whatever the listing's status): its images and
 * documents, and the evidence files of the claims under review. Nobody else gains anything from this grant.
 */
@Injectable()
export class AssignedFileGrant implements OnModuleInit {
  constructor(
    private readonly grants: FileReadGrants,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.grants.register(async (actor, file) => {
      if (!isExpert(actor)) return false;
      const [{ granted }] = (await this.dataSource.query(
        `SELECT EXISTS (
           SELECT 1 FROM review r JOIN technology_file link ON link.technology_id = r.technology_id
            WHERE r.expert_id = $2 AND link.file_id = $1
           UNION ALL
           SELECT 1 FROM review r JOIN technology_claim c ON c.technology_id = r.technology_id
            WHERE r.expert_id = $2 AND c.evidence_file_id = $1
              AND (r.claim_ids IS NULL OR c.id = ANY (r.claim_ids))
         ) AS granted`,
        [file.id, actor.userId],
      )) as { granted: boolean }[];
      return granted;
    });
  }
}
