export { FilesModule } from './files.module';
export {
  FileStorage,
  StoredObjectNotFoundError,
  InvalidStorageKeyError,
  type StoredObjectHead,
} from './storage/file-storage.port';
export { LocalDiskStorage } from './storage/local-disk.storage';
export { S3Storage, type S3StorageOptions } from './storage/s3.storage';
export { createFileStorage } from './storage/create-file-storage';
export { describeFileStorageContract } from './testing/file-storage.contract';
export { StoredFile } from './files/stored-file.entity';
export { FileView, fileViewOf } from './files/file.view';
export { type FileKind, ACCEPTED_MIME_TYPES } from './files/accepted-types';
export { FileDeletions } from './files/file-deletions.service';
export { FileReadGrants, type FileReadGrant } from './access/file-read-grants';
export { BlobCollector, UPLOAD_GRACE_MS } from './collection/blob-collector';
export { CollectBlobsJob } from './collection/collect-blobs.job';
export { registerMultipartUploads } from './http/multipart-uploads';
