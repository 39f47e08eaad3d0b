import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '../authorization/auth-context';

export type UserStatus = 'active' | 'disabled';
/** Within the organisation: owners manage its members and invitations. */
export type MemberRole = 'owner' | 'member';
export const MEMBER_ROLES: readonly MemberRole[] = ['owner', 'member'];
export const USER_STATUSES: readonly UserStatus[] = ['active', 'disabled'];

/** A person who signs in. Table `app_user` because `user` is reserved in PostgreSQL. */
@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored as typed; uniqueness is case-insensitive (unique index on lower(email)). */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  displayName!: string;

  @Column({ type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'text' })
  role!: Role;

  /** Null only for platform admins who belong to no organisation. */
  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ type: 'text', default: 'en' })
  locale!: string;

  @Column({ type: 'text', default: 'active' })
  status!: UserStatus;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  /**
   * Null until the person followed the link sent to the address. The column defaults to now() (accounts
   * created by admins, invitations and seeds prove or need no proof); self-service sign-up writes null.
   */
  @Column({ type: 'timestamptz', nullable: true, default: () => 'now()' })
  emailVerifiedAt!: Date | null;

  @Column({ type: 'text', default: 'owner' })
  memberRole!: MemberRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
