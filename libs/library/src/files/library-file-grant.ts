import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FileReadGrants } from '@3ipet/files';

/** Anyone may read a file attached to a published library resource. */
@Injectable()
export class LibraryFileGrant implements OnModuleInit {
  constructor(
    private readonly grants: FileReadGrants,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.grants.register(async (_actor, file) => {
      const [{ shared }] = await this.dataSource.query(
        `SELECT EXISTS (
           SELECT 1 FROM library_resource_file link JOIN library_resource r ON r.id = link.resource_id
           WHERE link.file_id = $1 AND r.status = 'published'
         ) AS shared`,
        [file.id],
      );
      return shared;
    });
  }
}
