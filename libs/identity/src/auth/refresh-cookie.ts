import { Injectable } from '@nestjs/common';
import { AppConfig } from '@3ipet/config';

export const REFRESH_COOKIE = '3ipet_refresh';
export const REFRESH_COOKIE_PATH = '/api/v1/auth';

interface ReplyWithHeaders {
  header(name: string, value: string): unknown;
}

/** The refresh token as an httpOnly, SameSite=Strict cookie sent only to the auth routes. */
@Injectable()
export class RefreshCookie {
  private readonly secure: boolean;

  constructor(config: AppConfig) {
    // Browsers drop Secure cookies on plain http://localhost, so only production insists on https.
    this.secure = config.env.NODE_ENV === 'production';
  }

  set(reply: ReplyWithHeaders, token: string, expiresAt: Date): void {
    const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
    reply.header('set-cookie', this.serialize(token, maxAge));
  }

  clear(reply: ReplyWithHeaders): void {
    reply.header('set-cookie', this.serialize('', 0));
  }

  /** Reads the token from a raw Cookie header (no cookie plugin is installed). */
  read(cookieHeader: string | string[] | undefined): string | undefined {
    const header = Array.isArray(cookieHeader) ? cookieHeader.join('; ') : cookieHeader;
    for (const part of header?.split(';') ?? []) {
      const separator = part.indexOf('=');
      if (separator > 0 && part.slice(0, separator).trim() === REFRESH_COOKIE) {
        const value = part.slice(separator + 1).trim();
        return /^[A-Za-z0-9_-]{20,128}$/.test(value) ? value : undefined;
      }
    }
    return undefined;
  }

  private serialize(value: string, maxAgeSeconds: number): string {
    const attributes = [
      `${REFRESH_COOKIE}=${value}`,
      `Path=${REFRESH_COOKIE_PATH}`,
      `Max-Age=${maxAgeSeconds}`,
    ];
    attributes.push('HttpOnly', 'SameSite=Strict');
    if (this.secure) attributes.push('Secure');
    return attributes.join('; ');
  }
}
