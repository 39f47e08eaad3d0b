import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An agency's standing technology search. Table created by migration Needs1764700000000. */
@Entity('saved_search')
export class SavedSearch {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @Column('text')
  name!: string;

  /** The technology search query (`q` and filters), exactly as `GET /technologies/search` takes it. */
  @Column('jsonb')
  query!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
