import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsUUID } from 'class-validator';
import { FileView } from '@3ipet/files';

export const LISTING_FILE_ROLES = ['image', 'brochure', 'datasheet', 'document'] as const;
export type ListingFileRole = (typeof LISTING_FILE_ROLES)[number];

/** Files one listing may carry, images and documents together. */
export const MAX_FILES_PER_LISTING = 30;

export class AttachFileInput {
  @ApiProperty({ format: 'uuid', description: 'A file of the listing’s organisation (POST /api/v1/files)' })
  @IsUUID()
  fileId!: string;

  @ApiProperty({
    enum: LISTING_FILE_ROLES,
    description: 'image for images; brochure, datasheet or document for PDFs',
  })
  @IsIn(LISTING_FILE_ROLES)
  role!: ListingFileRole;
}

export class ReorderFilesInput {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Every attached file, in the new order' })
  @IsArray()
  @ArrayMaxSize(MAX_FILES_PER_LISTING)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  fileIds!: string[];
}

export class ListingFileView {
  @ApiProperty({ enum: LISTING_FILE_ROLES }) role!: ListingFileRole;
  @ApiProperty({ minimum: 0 }) position!: number;
  @ApiProperty({ type: FileView }) file!: FileView;
}

export class ListingFilesView {
  @ApiProperty({ type: [ListingFileView], description: 'In display order: images first, then documents' })
  items!: ListingFileView[];
}
