import { ApiProperty } from '@nestjs/swagger';
import { ACCEPTED_MIME_TYPES, type FileKind } from './accepted-types';
import type { StoredFile } from './stored-file.entity';

export class FileView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ enum: ['image', 'document'] }) kind!: FileKind;
  @ApiProperty({ enum: ACCEPTED_MIME_TYPES, description: 'Detected from the content, not the name' })
  contentType!: string;
  @ApiProperty({ example: 482113 }) sizeBytes!: number;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$' }) sha256!: string;
  @ApiProperty({ example: 'datasheet-2025.pdf' }) name!: string;
  @ApiProperty({ example: '/api/v1/files/6f1c…' }) url!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Images only: a WebP of at most 320 px' })
  thumbnailUrl!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export function fileViewOf(file: StoredFile): FileView {
  const url = `/api/v1/files/${file.id}`;
  return {
    id: file.id,
    organizationId: file.organizationId,
    kind: file.kind,
    contentType: file.contentType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    name: file.originalName,
    url,
    thumbnailUrl: file.thumbnailKey ? `${url}/thumbnail` : null,
    createdAt: file.createdAt.toISOString(),
  };
}
