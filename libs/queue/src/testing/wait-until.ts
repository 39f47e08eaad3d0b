import { setTimeout as sleep } from 'node:timers/promises';

/** Polls until the condition holds; the drivers are asynchronous and BullMQ runs in other connections. */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}`);
    await sleep(10);
  }
}
