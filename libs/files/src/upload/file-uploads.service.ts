import { randomBytes } from 'node:crypto';
import { Readable, pipeline } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { ForbiddenProblem, ValidationProblem } from '@3ipet/common';
import { AppConfig } from '@3ipet/config';
import { TransactionRunner } from '@3ipet/database';
import type { AuthContext } from '@3ipet/identity';
import { BlobCollector } from '../collection/blob-collector';
import { THUMBNAIL_CONTENT_TYPE } from '../files/accepted-types';
import { lockedBytesInUse } from '../files/file-quota';
import { FileView, fileViewOf } from '../files/file.view';
import { StoredFile } from '../files/stored-file.entity';
import { FileStorage } from '../storage/file-storage.port';
import { DetectedContent, detectContent } from './content-check';
import { checkedFileName } from './file-name';
import { FileQuotaExceededProblem } from './upload-problems';
import { ContentGate, UploadMeter } from './upload-streams';
import { makeThumbnail } from './thumbnail';

/** The multipart field that carries the file. */
export const FILE_FIELD = 'file';

/** Random, unguessable, and free of anything the client sent. */
const newStorageKey = (organizationId: string) =>
  `files/${organizationId}/${randomBytes(18).toString('base64url')}`;

/**
 * An upload, streamed from the request to the store: checked by its first bytes, counted and hashed on the way,
 * bounded by FILE_MAX_BYTES, then an image's thumbnail, then the row (under the organisation's quota). Any refusal
 * deletes what was written; a crash is covered by the keys reserved with the BlobCollector beforehand.
 */
@Injectable()
export class FileUploads {
  constructor(
    private readonly config: AppConfig,
    private readonly storage: FileStorage,
    private readonly collector: BlobCollector,
    private readonly transactions: TransactionRunner,
  ) {}

  async upload(actor: AuthContext, request: FastifyRequest): Promise<FileView> {
    const organizationId = actor.organizationId;
    if (!organizationId) throw new ForbiddenProblem('Only members of an organisation may upload files.');
    const part = await this.filePart(request);
    const name = checkedFileName(part.filename);
    const maxBytes = this.config.env.FILE_MAX_BYTES;
    const quota = this.config.env.FILE_QUOTA_BYTES_PER_ORGANIZATION;
    await this.refuseWhenQuotaIsFull(organizationId, quota, part);

    const key = newStorageKey(organizationId);
    const thumbnailKey = `${key}-thumbnail`;
    await this.collector.reserve([key, thumbnailKey]);
    try {
      let content: DetectedContent | undefined;
      const meter = new UploadMeter(maxBytes);
      const gate = new ContentGate(async (head) => {
        content = await detectContent(head, name);
      });
      const body = pipeline(part.file, gate, meter, () => undefined);
      const { size } = await this.storage.put(key, body, 'application/octet-stream');
      if (!content) throw new Error('The upload ended before its content was checked');
      const detected = content;
      const thumbnail = detected.kind === 'image' ? await makeThumbnail(await this.storage.get(key)) : null;
      if (thumbnail) await this.storage.put(thumbnailKey, Readable.from([thumbnail]), THUMBNAIL_CONTENT_TYPE);
      const saved = await this.transactions.run(async (manager) => {
        const used = await lockedBytesInUse(manager, organizationId);
        if (used + size + (thumbnail?.length ?? 0) > quota) throw new FileQuotaExceededProblem(quota, used);
        const row = manager.create(StoredFile, {
          organizationId,
          ownerUserId: actor.userId,
          storageKey: key,
          thumbnailKey: thumbnail ? thumbnailKey : null,
          contentType: detected.contentType,
          sizeBytes: size,
          thumbnailBytes: thumbnail?.length ?? 0,
          sha256: meter.digest(),
          originalName: name,
          kind: detected.kind,
        });
        await manager.save(row);
        await this.collector.keep(manager, [key, thumbnailKey]);
        return row;
      });
      return fileViewOf(saved);
    } catch (error) {
      await this.collector.collectNow([key, thumbnailKey]);
      throw error;
    }
  }

  private async filePart(request: FastifyRequest): Promise<MultipartFile> {
    const missing = () =>
      new ValidationProblem([
        {
          field: FILE_FIELD,
          rule: 'isMultipartFile',
          message: `${FILE_FIELD} must be sent as a multipart/form-data file`,
        },
      ]);
    if (!request.isMultipart()) throw missing();
    // One byte over the limit lets the meter see the excess and refuse, rather than keep a silently cut file.
    const part = await request.file({
      limits: { fileSize: this.config.env.FILE_MAX_BYTES + 1, files: 1, fields: 0 },
    });
    if (!part || part.fieldname !== FILE_FIELD) throw missing();
    return part;
  }

  /** Cheap early refusal before any byte is stored; the exact check runs again with the size known. */
  private async refuseWhenQuotaIsFull(
    organizationId: string,
    quota: number,
    part: MultipartFile,
  ): Promise<void> {
    const used = await this.transactions.run((manager) => lockedBytesInUse(manager, organizationId));
    if (used >= quota) {
      part.file.resume();
      throw new FileQuotaExceededProblem(quota, used);
    }
  }
}
