/** A published listing must be re-confirmed by its vendor within this many months, or it expires. */
export const CONFIRMATION_VALID_MONTHS = 12;

export function expiryAfter(confirmedAt: Date): Date {
  const expiresAt = new Date(confirmedAt);
  expiresAt.setUTCMonth(expiresAt.getUTCMonth() + CONFIRMATION_VALID_MONTHS);
  return expiresAt;
}
