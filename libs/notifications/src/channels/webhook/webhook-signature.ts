import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const WEBHOOK_HEADERS = {
  timestamp: 'X-3iPET-Timestamp',
  signature: 'X-3iPET-Signature',
  delivery: 'X-3iPET-Delivery',
  event: 'X-3iPET-Event',
} as const;

/**
 * `v1=` + hex HMAC-SHA256 of `${timestamp}.${body}` with the endpoint's secret (timestamp in Unix seconds).
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does; exported for tests and as the reference implementation in the README. */
export function verifyWebhook(
  secret: string,
  timestamp: number,
  body: string,
  signatureHeader: string,
): boolean {
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signatureHeader);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;
