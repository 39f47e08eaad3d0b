import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxWriter } from '@3ipet/database';

/** Registered and consumed by libs/notifications, which renders and sends the e-mail. */
export const ACCOUNT_MAIL_JOB_TYPE = 'notifications.account-mail';

export const ACCOUNT_MAIL_KINDS = [
  'password-reset',
  'email-verification',
  'email-change',
  'invitation',
  'email-changed',
  'review-notice',
] as const;
export type AccountMailKind = (typeof ACCOUNT_MAIL_KINDS)[number];

/**
 * What the outbox row says. It never carries a token: the token is minted when the e-mail is sent
 * (AccountMailPreparer), so it exists only in the e-mail and, as a hash, in the database.
 */
export interface AccountMailRequest {
  kind: AccountMailKind;
  /** The account token (reset, verification, change), the invitation, or (email-changed) the user. */
  id: string;
  /** email-changed: the address that was replaced, which is told. */
  previousEmail?: string;
  /** review-notice (id: the notice's): the person told, who may belong to no organisation (experts, admins). */
  userId?: string;
  notice?: ReviewMailNotice;
}

/** A step of an expert review told by e-mail to a person rather than an organisation. */
export interface ReviewMailNotice {
  kind: 'review.assigned' | 'review.submitted' | 'review.verdict-expired';
  technologyId: string;
  technologyTitle: string;
  /** The page the link opens (a path of the web UI). */
  path: string;
}

/** Everything the e-mail says, ready to render. */
export interface PreparedAccountMail {
  kind: AccountMailKind;
  to: string;
  locale: string;
  displayName: string;
  /** One-time token for the link; absent for notices. */
  token?: string;
  expiresAt?: Date;
  organizationName?: string;
  newEmail?: string;
  notice?: ReviewMailNotice;
}

/** Queues an account e-mail in the caller's transaction: it is sent only if the change commits. */
@Injectable()
export class AccountMailOutbox {
  constructor(private readonly outbox: OutboxWriter) {}

  add(manager: EntityManager, request: AccountMailRequest): Promise<void> {
    return this.outbox.add(manager, {
      jobType: ACCOUNT_MAIL_JOB_TYPE,
      payload: request,
      dedupKey: `account-mail:${request.kind}:${request.id}`,
    });
  }
}
