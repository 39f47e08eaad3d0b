import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL- and cookie-safe. */
export const newOpaqueToken = (): string => randomBytes(32).toString('base64url');

/** Tokens are stored only as their sha256: a database leak yields nothing usable. */
export const hashOpaqueToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex');
