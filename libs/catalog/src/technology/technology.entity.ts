import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { TechnologyStatus } from './technology-status';

export interface Translation {
  /** BCP 47 language of the translation, e.g. `zh`. */
  language: string;
  title?: string;
  summary?: string;
}

export interface RemovalEfficiency {
  pollutant: string;
  percent: number;
}

export interface ReferenceProject {
  place: string;
  country: string;
  year: number;
  /** What was measured after installation, in the vendor's words. */
  result: string;
}

const bigintAsNumber = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** A technology listing of a vendor organisation. Table created by migration TechnologyCatalog1764600000000. */
@Entity('technology')
export class Technology {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  vendorOrganizationId!: string;

  @Column('text')
  status!: TechnologyStatus;

  /** Optimistic lock: every write bumps it and names the version it was based on. */
  @Column('integer')
  version!: number;

  @Column('text')
  title!: string;

  @Column('text')
  summary!: string;

  @Column('text')
  description!: string;

  @Column('jsonb')
  translations!: Translation[];

  @Column('text')
  category!: string;

  @Column('text', { array: true })
  pollutants!: string[];

  @Column('jsonb')
  removalEfficiency!: RemovalEfficiency[];

  /** Sector and sub-sector ids; a sub-sector always comes with its parent. */
  @Column('text', { array: true })
  sectors!: string[];

  @Column('smallint')
  trl!: number;

  @Column('bigint', { nullable: true, transformer: bigintAsNumber })
  capitalCostMinUsd!: number | null;

  @Column('bigint', { nullable: true, transformer: bigintAsNumber })
  capitalCostMaxUsd!: number | null;

  @Column('text', { nullable: true })
  operatingCostNote!: string | null;

  /** Countries listed by the vendor plus every reference project's country. */
  @Column('text', { array: true })
  deploymentCountries!: string[];

  @Column('jsonb')
  referenceProjects!: ReferenceProject[];

  @Column('text', { array: true })
  supplyCountries!: string[];

  @Column('text', { array: true })
  certifications!: string[];

  @Column('text', { array: true })
  dealTypes!: string[];

  @Column('text', { array: true })
  supportLanguages!: string[];

  @Column('text', { nullable: true })
  changesRequestedReason!: string | null;

  @Column('timestamptz', { nullable: true })
  submittedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  confirmedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  expiresAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
