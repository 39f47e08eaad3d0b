import { Injectable } from '@nestjs/common';

export type NeedChangeListener = (needId: string) => Promise<void>;

/**
 * The domain-event seam for "a need was opened, changed or closed": another lib (matching) registers a
 * listener in its onModuleInit and runs inside the `matching.need-changed` job, after the re-index.
 * A listener that throws fails the job, which is retried; listeners must therefore be idempotent.
 */
@Injectable()
export class NeedChangeHooks {
  private readonly listeners: NeedChangeListener[] = [];

  onNeedChanged(listener: NeedChangeListener): void {
    this.listeners.push(listener);
  }

  async notify(needId: string): Promise<void> {
    for (const listener of this.listeners) await listener(needId);
  }
}
