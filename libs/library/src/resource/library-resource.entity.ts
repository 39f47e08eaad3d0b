import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ResourceKind, ResourceStatus } from './resource-kinds';

export interface ResourceTranslation {
  /** BCP 47 language of the translation (`zh`, `hi`, …); the resource's own fields are English. */
  language: string;
  title?: string;
  /** Markdown. */
  body?: string;
}

export interface ResourceLink {
  url: string;
  label: string;
}

/** A piece of the programme's knowledge. Table created by migration Library1765550000000. */
@Entity('library_resource')
export class LibraryResource {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Readable address (`/library/<slug>`), unique, chosen when the resource is created. */
  @Column('text')
  slug!: string;

  /** Optimistic lock: every edit names the version it was based on. */
  @Column('integer')
  version!: number;

  @Column('text')
  kind!: ResourceKind;

  @Column('text')
  status!: ResourceStatus;

  @Column('text')
  title!: string;

  /** Markdown, rendered to sanitised HTML when read. */
  @Column('text')
  body!: string;

  @Column('jsonb')
  translations!: ResourceTranslation[];

  @Column('text', { array: true })
  authors!: string[];

  /** The date the resource was issued (YYYY-MM-DD). */
  @Column('date')
  issuedOn!: string;

  @Column('text', { array: true })
  pollutants!: string[];

  @Column('text', { array: true })
  sectors!: string[];

  @Column('text', { array: true })
  countries!: string[];

  @Column('text', { array: true })
  categories!: string[];

  /** Attachments that live elsewhere (a recording, a dataset portal). */
  @Column('jsonb')
  links!: ResourceLink[];

  @Column('uuid', { array: true })
  technologyIds!: string[];

  @Column('uuid', { array: true })
  needIds!: string[];

  @Column('uuid', { array: true })
  eventIds!: string[];

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A stored file attached to a resource (table library_resource_file). */
@Entity('library_resource_file')
export class LibraryResourceFile {
  @Column('uuid', { primary: true })
  resourceId!: string;

  @Column('uuid', { primary: true })
  fileId!: string;

  @Column('integer')
  position!: number;
}
