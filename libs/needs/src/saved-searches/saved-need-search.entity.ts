import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A vendor's standing search of open needs. Table created by migration SavedNeedSearches1765580000001. */
@Entity('saved_need_search')
export class SavedNeedSearch {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @Column('text')
  name!: string;

  /** The need search query (`q` and filters), exactly as `GET /needs/search` takes it. */
  @Column('jsonb')
  query!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
