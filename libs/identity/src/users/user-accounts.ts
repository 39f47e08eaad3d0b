import { ConflictProblem } from '@3ipet/common';
import { EntityManager } from 'typeorm';
import { Role } from '../authorization/auth-context';
import { isUniqueViolation } from '../shared/database-errors';
import { type MemberRole, User } from './user.entity';

export const EMAIL_UNIQUE_INDEX = 'app_user_email_key';

export class EmailTakenProblem extends ConflictProblem {
  constructor() {
    super('An account with this email already exists.', 'email-taken');
  }
}

export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  organizationId: string | null;
  locale?: string;
  memberRole?: MemberRole;
  /** Null for self-service sign-up (the address is still to be verified); default: verified now. */
  emailVerifiedAt?: Date | null;
}

export async function isEmailTaken(manager: EntityManager, email: string): Promise<boolean> {
  return manager
    .createQueryBuilder(User, 'user')
    .where('lower(user.email) = lower(:email)', { email })
    .getExists();
}

/** Inserts a user; a taken email (checked first, and again by the unique index under a race) answers 409. */
export async function insertUser(manager: EntityManager, fields: NewUser): Promise<User> {
  if (await isEmailTaken(manager, fields.email)) throw new EmailTakenProblem();
  try {
    return await manager.save(
      manager.create(User, { ...fields, locale: fields.locale ?? 'en', status: 'active' }),
    );
  } catch (error) {
    if (isUniqueViolation(error, EMAIL_UNIQUE_INDEX)) throw new EmailTakenProblem();
    throw error;
  }
}
