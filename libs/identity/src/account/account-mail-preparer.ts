import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashOpaqueToken, newOpaqueToken } from '../shared/opaque-token';
import type { AccountMailRequest, PreparedAccountMail } from './account-mail';

/** What an expert invitation e-mail says the invitee joins. */
export const EXPERT_PANEL_NAME = 'the 3iPET expert review panel';

interface TokenRow {
  email: string;
  expires_at: Date;
  display_name: string;
  locale: string;
}

interface InvitationRow {
  email: string;
  expires_at: Date;
  organization_name: string;
  inviter_name: string;
  inviter_locale: string;
}

/**
 * Mints the token of an account e-mail at the moment it is sent. A retried send mints a new one, which
 * replaces the last (only the newest e-mail's link works); a spent, superseded or expired request gives
 * null: there is nothing left to send.
 */
@Injectable()
export class AccountMailPreparer {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async prepare(request: AccountMailRequest): Promise<PreparedAccountMail | null> {
    if (request.kind === 'invitation') return this.invitation(request.id);
    if (request.kind === 'email-changed') return this.emailChanged(request);
    if (request.kind === 'review-notice') return this.reviewNotice(request);
    const token = newOpaqueToken();
    // A CTE so that both drivers answer rows (a bare UPDATE … RETURNING answers [rows, count] on pg).
    const [row] = (await this.dataSource.query(
      `WITH minted AS (
         UPDATE account_token t SET token_hash = $2
           FROM app_user u
          WHERE t.id = $1 AND t.purpose = $3 AND u.id = t.user_id
            AND t.used_at IS NULL AND t.expires_at > now() AND u.status = 'active'
         RETURNING t.email, t.expires_at, u.display_name, u.locale)
       SELECT * FROM minted`,
      [request.id, hashOpaqueToken(token), request.kind],
    )) as TokenRow[];
    if (!row) return null;
    return {
      kind: request.kind,
      to: row.email,
      locale: row.locale,
      displayName: row.display_name,
      token,
      expiresAt: new Date(row.expires_at),
    };
  }

  private async invitation(invitationId: string): Promise<PreparedAccountMail | null> {
    const token = newOpaqueToken();
    const [row] = (await this.dataSource.query(
      `WITH minted AS (
         UPDATE invitation SET mail_token_hash = $2
          WHERE id = $1 AND accepted_at IS NULL AND expires_at > now()
         RETURNING email, expires_at, organization_id, invited_by)
       SELECT m.email, m.expires_at, coalesce(o.name, $3) AS organization_name,
              u.display_name AS inviter_name, u.locale AS inviter_locale
         FROM minted m LEFT JOIN organization o ON o.id = m.organization_id JOIN app_user u ON u.id = m.invited_by`,
      // An expert invitation names no organisation: the expert joins the platform's panel of reviewers.
      [invitationId, hashOpaqueToken(token), EXPERT_PANEL_NAME],
    )) as InvitationRow[];
    if (!row) return null;
    return {
      kind: 'invitation',
      to: row.email,
      // The invitee has no account yet: the inviter's language is the best guess.
      locale: row.inviter_locale,
      displayName: row.inviter_name,
      organizationName: row.organization_name,
      token,
      expiresAt: new Date(row.expires_at),
    };
  }

  private async reviewNotice(request: AccountMailRequest): Promise<PreparedAccountMail | null> {
    if (!request.userId || !request.notice) return null;
    const [user] = (await this.dataSource.query(
      `SELECT email, display_name, locale FROM app_user WHERE id = $1 AND status = 'active'`,
      [request.userId],
    )) as { email: string; display_name: string; locale: string }[];
    if (!user) return null;
    return {
      kind: 'review-notice',
      to: user.email,
      locale: user.locale,
      displayName: user.display_name,
      notice: request.notice,
    };
  }

  private async emailChanged(request: AccountMailRequest): Promise<PreparedAccountMail | null> {
    if (!request.previousEmail) return null;
    const [user] = (await this.dataSource.query(
      `SELECT email, display_name, locale FROM app_user WHERE id = $1`,
      [request.id],
    )) as { email: string; display_name: string; locale: string }[];
    if (!user) return null;
    return {
      kind: 'email-changed',
      to: request.previousEmail,
      locale: user.locale,
      displayName: user.display_name,
      newEmail: user.email,
    };
  }
}
