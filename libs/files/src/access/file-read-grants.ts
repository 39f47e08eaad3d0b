import { Injectable } from '@nestjs/common';
import type { Actor } from '@3ipet/identity';
import type { StoredFile } from '../files/stored-file.entity';

/** Says whether a context that uses files lets `actor` read this one (e.g. it belongs to a published listing). */
export type FileReadGrant = (actor: Actor, file: StoredFile) => Promise<boolean>;

/**
 * The contexts that attach files register how they share them; files does not know listings (or evidence). The
 * owning organisation's members and admins read every file of it; anyone else needs a grant.
 */
@Injectable()
export class FileReadGrants {
  private readonly grants: FileReadGrant[] = [];

  register(grant: FileReadGrant): void {
    this.grants.push(grant);
  }

  async anyGrants(actor: Actor, file: StoredFile): Promise<boolean> {
    for (const grant of this.grants) if (await grant(actor, file)) return true;
    return false;
  }
}
