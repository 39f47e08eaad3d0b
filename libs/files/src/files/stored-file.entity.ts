import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { FileKind } from './accepted-types';

const bigintAsNumber = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** An uploaded file of an organisation. Table created by migration Files1765450000000. */
@Entity('stored_file')
export class StoredFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('uuid', { nullable: true })
  ownerUserId!: string | null;

  /** Random, chosen by the server; never derived from the client's file name. */
  @Column('text')
  storageKey!: string;

  @Column('text', { nullable: true })
  thumbnailKey!: string | null;

  /** As detected from the content (magic bytes), not as the client declared it. */
  @Column('text')
  contentType!: string;

  @Column('bigint', { transformer: bigintAsNumber })
  sizeBytes!: number;

  @Column('bigint', { transformer: bigintAsNumber })
  thumbnailBytes!: number;

  @Column('text')
  sha256!: string;

  /** The client's file name, checked (no path, no control characters) and NFC-normalised. */
  @Column('text')
  originalName!: string;

  @Column('text')
  kind!: FileKind;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
