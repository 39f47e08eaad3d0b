import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { NeedWants, UnitKind } from '@3ipet/common';
import type { CloseReason, NeedStatus } from './need-status';

const bigintAsNumber = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** The need wants `pollutant` below `mgPerNm3` at the outlet (mg per normal cubic metre of flue gas). */
export interface OutletLimit {
  pollutant: string;
  mgPerNm3: number;
}

/** The need's title and description in another language (the need itself is written in English). */
export interface NeedTranslation {
  /** BCP 47 language of the translation, e.g. `ne`; one of TRANSLATION_LANGUAGES. */
  language: string;
  title: string;
  description?: string;
}

/** A solution request of an agency organisation. Table created by migration Needs1764700000000. */
@Entity('need')
export class Need {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @Column('text')
  status!: NeedStatus;

  @Column('text', { nullable: true })
  closeReason!: CloseReason | null;

  @Column('text', { nullable: true })
  closeNote!: string | null;

  /** Optimistic lock: every write bumps it and names the version it was based on. */
  @Column('integer')
  version!: number;

  @Column('text')
  title!: string;

  @Column('text')
  description!: string;

  /** At most one per language (migration NeedTranslations1765590000000). */
  @Column('jsonb')
  translations!: NeedTranslation[];

  @Column('text', { array: true })
  pollutants!: string[];

  /** What the agency wants done about the pollutants: measure them, cut them, or both. */
  @Column('text')
  wants!: NeedWants;

  /** Sector and sub-sector ids as the agency chose them (a parent named beside its sub-sector is dropped). */
  @Column('text', { array: true })
  sectors!: string[];

  /** ISO 3166-1 alpha-2. */
  @Column('text')
  country!: string;

  @Column('text')
  city!: string;

  @Column('bigint', { nullable: true, transformer: bigintAsNumber })
  budgetMinUsd!: number | null;

  @Column('bigint', { nullable: true, transformer: bigintAsNumber })
  budgetMaxUsd!: number | null;

  /** How many units the need covers (120 kilns, 40 buses), so a per-unit cost can be multiplied out. */
  @Column('integer', { nullable: true })
  unitCount!: number | null;

  @Column('text', { nullable: true })
  unitKind!: UnitKind | null;

  /** The city area or district the need covers, with its population and size (migration SiteConditions1765570000000). */
  @Column('text', { nullable: true })
  areaName!: string | null;

  @Column('bigint', { nullable: true, transformer: bigintAsNumber })
  areaPopulation!: number | null;

  @Column('double precision', { nullable: true })
  areaKm2!: number | null;

  /** Fuel ids the site burns or has supplied; empty: not stated. */
  @Column('text', { array: true })
  fuels!: string[];

  /** Grid power at the site: true, false, or null when not stated. */
  @Column('boolean', { nullable: true })
  gridPower!: boolean | null;

  @Column('boolean', { nullable: true })
  waterSupply!: boolean | null;

  /** Flue-gas flow of one source (a kiln's stack, a boiler), Nm3/h; null: not stated. */
  @Column('double precision', { nullable: true })
  flowNm3h!: number | null;

  /**
   * Outlet concentrations the need must reach, at most one per pollutant it names (mg/Nm3): matching compares
   * them with the listings' guarantees. Migration OutletLimits1765500000000.
   */
  @Column('jsonb')
  outletLimits!: OutletLimit[];

  /** Technologies below this readiness level do not qualify; null: any level. */
  @Column('smallint', { nullable: true })
  minTrl!: number | null;

  @Column('text', { array: true })
  dealTypes!: string[];

  /** BCP 47 languages the agency can work in. */
  @Column('text', { array: true })
  languages!: string[];

  @Column('timestamptz')
  deadline!: Date;

  @Column('timestamptz', { nullable: true })
  openedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  /** The project (libs/projects) that solved the need, named when it was closed as solved. */
  @Column('uuid', { nullable: true })
  solvedByProjectId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
