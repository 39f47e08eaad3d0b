/** BullMQ's own rules, enforced by both drivers so the inline driver does not accept ids Redis rejects. */
export function assertValidJobId(jobId: string): void {
  if (jobId === '') throw new Error('jobId must not be empty');
  if (`${Number.parseInt(jobId, 10)}` === jobId) {
    throw new Error(`jobId "${jobId}" must not be a bare integer: prefix it, e.g. "outbox-${jobId}"`);
  }
  if (jobId.includes(':')) throw new Error(`jobId "${jobId}" must not contain ":"`);
}
