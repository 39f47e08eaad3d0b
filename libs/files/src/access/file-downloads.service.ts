import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import { Repository } from 'typeorm';
import { NotFoundProblem } from '@3ipet/common';
import { type Actor, isAdmin, isMemberOf } from '@3ipet/identity';
import { THUMBNAIL_CONTENT_TYPE } from '../files/accepted-types';
import { StoredFile } from '../files/stored-file.entity';
import { FileStorage, StoredObjectNotFoundError } from '../storage/file-storage.port';
import { FileReadGrants } from './file-read-grants';

export interface FileDownload {
  /** `null`: the caller's copy (If-None-Match) is current; answer 304 without a body. */
  stream: Readable | null;
  contentType: string;
  length: number;
  /** `inline` for images (shown in pages), `attachment` for documents (never rendered in the app's origin). */
  disposition: 'inline' | 'attachment';
  fileName: string;
  etag: string;
  /** Readable without signing in: shared caches may keep it. */
  isPublic: boolean;
}

@Injectable()
export class FileDownloads {
  constructor(
    @InjectRepository(StoredFile) private readonly files: Repository<StoredFile>,
    private readonly storage: FileStorage,
    private readonly grants: FileReadGrants,
  ) {}

  /** The file, if the caller may read it; 404 otherwise, as if it did not exist. */
  async readable(actor: Actor, id: string): Promise<StoredFile> {
    const file = await this.files.findOneBy({ id });
    if (!file) throw new NotFoundProblem('File');
    if (isAdmin(actor) || isMemberOf(actor, file.organizationId)) return file;
    if (await this.grants.anyGrants(actor, file)) return file;
    throw new NotFoundProblem('File');
  }

  async original(actor: Actor, id: string, ifNoneMatch?: string): Promise<FileDownload> {
    const file = await this.readable(actor, id);
    const etag = `"${file.sha256}"`;
    return {
      stream: ifNoneMatch === etag ? null : await this.open(file.storageKey),
      contentType: file.contentType,
      length: file.sizeBytes,
      disposition: file.kind === 'image' ? 'inline' : 'attachment',
      fileName: file.originalName,
      etag,
      isPublic: await this.grants.anyGrants(null, file),
    };
  }

  async thumbnail(actor: Actor, id: string, ifNoneMatch?: string): Promise<FileDownload> {
    const file = await this.readable(actor, id);
    if (!file.thumbnailKey) throw new NotFoundProblem('Thumbnail');
    const etag = `"${file.sha256}-thumbnail"`;
    return {
      stream: ifNoneMatch === etag ? null : await this.open(file.thumbnailKey),
      contentType: THUMBNAIL_CONTENT_TYPE,
      length: file.thumbnailBytes,
      disposition: 'inline',
      fileName: `${file.originalName.replace(/\.[^.]*$/, '')}-thumbnail.webp`,
      etag,
      isPublic: await this.grants.anyGrants(null, file),
    };
  }

  private async open(key: string): Promise<Readable> {
    try {
      return await this.storage.get(key);
    } catch (error) {
      if (error instanceof StoredObjectNotFoundError) throw new NotFoundProblem('File');
      throw error;
    }
  }
}
