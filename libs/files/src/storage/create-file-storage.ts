import type { FileStorageSettings } from '@3ipet/config';
import { FileStorage } from './file-storage.port';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';

export function createFileStorage(settings: FileStorageSettings): FileStorage {
  switch (settings.driver) {
    case 'local':
      return new LocalDiskStorage(settings.directory);
    case 's3':
      return new S3Storage(settings);
  }
}
