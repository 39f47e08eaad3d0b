import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CostBasis, ListingIntent, UnitKind } from '@3ipet/common';
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

/** What the listing does to one of its pollutants. */
export interface PollutantIntent {
  pollutant: string;
  intent: ListingIntent;
}

/**
 * A limit the vendor guarantees at the outlet for one pollutant it removes: concentration at most
 * `mgPerNm3` (mg per normal cubic metre of flue gas). Compared with a need's outlet limit by matching.
 */
export interface OutletGuarantee {
  pollutant: string;
  mgPerNm3: number;
}

export interface ReferenceProject {
  place: string;
  country: string;
  year: number;
  /** What was measured after installation, in the vendor's words. */
  result: string;
}

/** A claim an expert verdict confirmed, as the listing keeps a copy of it (see TechnologyClaim). */
export interface VerifiedClaim {
  claimId: string;
  kind: string;
  pollutant: string | null;
  value: number | null;
  unit: string | null;
  statement: string;
  issuer: string | null;
  /** ISO date of the test, when given. */
  testedOn: string | null;
  verification: 'confirmed' | 'confirmed-with-conditions';
  /** ISO timestamp of the verdict. */
  verifiedAt: string;
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

  /** The primary category; also the first of `categories`. */
  @Column('text')
  category!: string;

  /** Every category the listing belongs to, the primary one first. */
  @Column('text', { array: true })
  categories!: string[];

  @Column('text', { array: true })
  pollutants!: string[];

  @Column('jsonb')
  removalEfficiency!: RemovalEfficiency[];

  /** One entry per pollutant, in the order of `pollutants`. */
  @Column('jsonb')
  intents!: PollutantIntent[];

  /** Guaranteed outlet concentrations, at most one per pollutant listed (migration OutletLimits1765500000000). */
  @Column('jsonb')
  outletGuarantees!: OutletGuarantee[];

  /** Sector and sub-sector ids as the vendor named them (no parent is added for a sub-sector). */
  @Column('text', { array: true })
  sectors!: string[];

  @Column('smallint')
  trl!: number;

  @Column('bigint', { nullable: true, transformer: bigintAsNumber })
  capitalCostMinUsd!: number | null;

  @Column('bigint', { nullable: true, transformer: bigintAsNumber })
  capitalCostMaxUsd!: number | null;

  /** What the capital cost counts; null: not stated (compared with a budget as it stands). */
  @Column('text', { nullable: true })
  costBasis!: CostBasis | null;

  @Column('text', { nullable: true })
  operatingCostNote!: string | null;

  /** What the technology needs at the site: prerequisite ids (migration SiteConditions1765570000000). */
  @Column('text', { array: true })
  prerequisites!: string[];

  /** Flue-gas flow one installation handles, Nm3/h; null: not stated. */
  @Column('double precision', { nullable: true })
  flowMinNm3h!: number | null;

  @Column('double precision', { nullable: true })
  flowMaxNm3h!: number | null;

  /** How many units (of `capacityUnitKind`) one installation serves, e.g. 200 households. */
  @Column('integer', { nullable: true })
  unitsPerInstallation!: number | null;

  @Column('text', { nullable: true })
  capacityUnitKind!: UnitKind | null;

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

  /** Copy of the listing's claims an expert confirmed, kept by the catalog with the claims (never edited). */
  @Column('jsonb', { default: () => "'[]'::jsonb" })
  verifiedClaims!: VerifiedClaim[];

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
