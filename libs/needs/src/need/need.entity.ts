import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CloseReason, NeedStatus } from './need-status';

const bigintAsNumber = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

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

  @Column('text', { array: true })
  pollutants!: string[];

  /** Sector and sub-sector ids as the agency chose them. */
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
