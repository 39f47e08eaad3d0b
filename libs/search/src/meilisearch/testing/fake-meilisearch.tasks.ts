import type { Reply } from './fake-meilisearch.state';

export type TaskError = { message: string; code: string; type: string; link: string };

interface FakeTask {
  uid: number;
  indexUid: string | null;
  type: string;
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed';
  error: TaskError | null;
  enqueuedAt: string;
  /** Runs the write; throws a TaskError to fail the task. */
  apply: () => Promise<void>;
}

/** Meilisearch's task queue as the double keeps it: writes run one at a time, in order, when a task is polled. */
export class FakeTaskQueue {
  private readonly tasks: FakeTask[] = [];
  private nextOutcome: Pick<FakeTask, 'status' | 'error'>[] = [];
  private processed = 0;
  private processing: Promise<void> = Promise.resolve();

  failNext(code: string, message: string): void {
    this.nextOutcome.push({ status: 'failed', error: meiliError(code, message) });
  }

  stallNext(): void {
    this.nextOutcome.push({ status: 'processing', error: null });
  }

  enqueue(indexUid: string | null, type: string, apply: () => Promise<void>): Reply {
    const outcome = this.nextOutcome.shift();
    const task: FakeTask = {
      uid: this.tasks.length,
      indexUid,
      type,
      status: outcome?.status === 'processing' ? 'processing' : 'enqueued',
      error: null,
      enqueuedAt: now(),
      apply: outcome?.status === 'failed' ? () => Promise.reject(outcome.error) : apply,
    };
    this.tasks.push(task);
    return {
      status: 202,
      body: { taskUid: task.uid, indexUid, status: 'enqueued', type, enqueuedAt: task.enqueuedAt },
    };
  }

  /** Tasks run one at a time in the order they were enqueued, up to the one asked about. */
  async reply(uid: number): Promise<Reply> {
    const task = this.tasks[uid];
    if (!task) return { status: 404, body: meiliError('task_not_found', `Task \`${uid}\` not found.`) };
    this.processing = this.processing.then(() => this.processUpTo(uid));
    await this.processing;
    const { apply: _apply, ...shown } = task;
    const finished = task.status === 'succeeded' || task.status === 'failed';
    return {
      status: 200,
      body: {
        ...shown,
        batchUid: finished ? task.uid : null,
        canceledBy: null,
        details: null,
        duration: finished ? 'PT0S' : null,
        ...(finished ? { startedAt: task.enqueuedAt, finishedAt: now() } : {}),
      },
    };
  }

  private async processUpTo(uid: number): Promise<void> {
    for (; this.processed <= uid; this.processed++) {
      const task = this.tasks[this.processed];
      if (task.status !== 'enqueued') continue;
      try {
        await task.apply();
        task.status = 'succeeded';
      } catch (error) {
        task.status = 'failed';
        task.error = isTaskError(error) ? error : meiliError('internal', String(error));
      }
    }
  }
}

function isTaskError(error: unknown): error is TaskError {
  return typeof error === 'object' && error !== null && 'code' in error && 'link' in error;
}

export function meiliError(code: string, message: string): TaskError {
  return { message, code, type: 'invalid_request', link: `https://docs.meilisearch.com/errors#${code}` };
}

function now(): string {
  return new Date().toISOString();
}
