import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ConflictProblem, NotFoundProblem, UnprocessableProblem, ValidationProblem } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { StoredFile, fileViewOf } from '@3ipet/files';
import type { Actor, AuthContext } from '@3ipet/identity';
import { assertVisible, authorizeTransition } from '../lifecycle/technology-access';
import { Technology } from '../technology/technology.entity';
import {
  AttachFileInput,
  ListingFilesView,
  MAX_FILES_PER_LISTING,
  ReorderFilesInput,
} from './listing-file.dto';

interface LinkRow {
  file_id: string;
  role: AttachFileInput['role'];
  position: number;
}

/**
 * A listing's images and documents (table technology_file): anyone reads them with a published listing, its
 * organisation and admins with any other; only the owner attaches, orders and detaches, as for any edit.
 */
@Injectable()
export class ListingFiles {
  constructor(private readonly transactions: TransactionRunner) {}

  async list(actor: Actor, technologyId: string): Promise<ListingFilesView> {
    return this.transactions.run(async (manager) => {
      assertVisible(await manager.findOneBy(Technology, { id: technologyId }), actor);
      return this.view(manager, technologyId);
    });
  }

  async attach(actor: AuthContext, technologyId: string, input: AttachFileInput): Promise<ListingFilesView> {
    return this.transactions.run(async (manager) => {
      const technology = await this.lockedForEdit(manager, actor, technologyId);
      const file = await manager.findOneBy(StoredFile, { id: input.fileId });
      if (!file || file.organizationId !== technology.vendorOrganizationId) throw new NotFoundProblem('File');
      if ((file.kind === 'image') !== (input.role === 'image')) {
        throw new ValidationProblem([
          {
            field: 'role',
            rule: 'roleMatchesKind',
            message: `role must be image for an image and brochure, datasheet or document for a document; this file is an ${file.kind}`,
          },
        ]);
      }
      const links = await this.links(manager, technologyId);
      if (links.some((link) => link.file_id === file.id)) {
        throw new ConflictProblem('The file is already attached to this listing.', 'already-attached');
      }
      if (links.length >= MAX_FILES_PER_LISTING) {
        throw new UnprocessableProblem(
          `A listing may carry at most ${MAX_FILES_PER_LISTING} files; detach one first.`,
          'too-many-files',
        );
      }
      const position = links.reduce((last, link) => Math.max(last, link.position + 1), 0);
      await manager.query(
        `INSERT INTO technology_file (technology_id, file_id, role, position) VALUES ($1, $2, $3, $4)`,
        [technologyId, file.id, input.role, position],
      );
      return this.view(manager, technologyId);
    });
  }

  async reorder(
    actor: AuthContext,
    technologyId: string,
    input: ReorderFilesInput,
  ): Promise<ListingFilesView> {
    return this.transactions.run(async (manager) => {
      await this.lockedForEdit(manager, actor, technologyId);
      const attached = (await this.links(manager, technologyId)).map((link) => link.file_id);
      const same =
        attached.length === input.fileIds.length && attached.every((id) => input.fileIds.includes(id));
      if (!same) {
        throw new ValidationProblem([
          {
            field: 'fileIds',
            rule: 'sameFiles',
            message: 'fileIds must list every attached file exactly once',
          },
        ]);
      }
      await manager.query(
        `UPDATE technology_file AS link SET position = ordered.position - 1
         FROM unnest($2::uuid[]) WITH ORDINALITY AS ordered (file_id, position)
         WHERE link.technology_id = $1 AND link.file_id = ordered.file_id`,
        [technologyId, input.fileIds],
      );
      return this.view(manager, technologyId);
    });
  }

  /** Takes the file off the listing; the file stays with its organisation (DELETE /files/{id} removes it). */
  async detach(actor: AuthContext, technologyId: string, fileId: string): Promise<void> {
    await this.transactions.run(async (manager) => {
      await this.lockedForEdit(manager, actor, technologyId);
      const links = await this.links(manager, technologyId);
      if (!links.some((link) => link.file_id === fileId)) throw new NotFoundProblem('Attached file');
      await manager.query(`DELETE FROM technology_file WHERE technology_id = $1 AND file_id = $2`, [
        technologyId,
        fileId,
      ]);
    });
  }

  /** The listing, row-locked so concurrent attaches number their positions one after the other. */
  private async lockedForEdit(manager: EntityManager, actor: AuthContext, id: string): Promise<Technology> {
    const technology = await manager.findOne(Technology, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    authorizeTransition(technology, actor, 'edit', undefined);
    return technology!;
  }

  private links(manager: EntityManager, technologyId: string): Promise<LinkRow[]> {
    return manager.query(
      `SELECT file_id, role, position FROM technology_file WHERE technology_id = $1 ORDER BY position`,
      [technologyId],
    );
  }

  private async view(manager: EntityManager, technologyId: string): Promise<ListingFilesView> {
    const links = await this.links(manager, technologyId);
    const files = new Map(
      (
        await manager.findBy(
          StoredFile,
          links.map((link) => ({ id: link.file_id })),
        )
      ).map((file) => [file.id, file]),
    );
    const ordered = [...links].sort(
      (a, b) => Number(a.role !== 'image') - Number(b.role !== 'image') || a.position - b.position,
    );
    return {
      items: ordered.map((link) => ({
        role: link.role,
        position: link.position,
        file: fileViewOf(files.get(link.file_id)!),
      })),
    };
  }
}
