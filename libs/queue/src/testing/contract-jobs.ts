import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import type { JobContext } from '../job-context';
import { JobType } from '../job-type/job-type.decorator';
import { Processor } from '../processor/processor.decorator';

export const CONTRACT_QUEUE = 'contract';
export const STATIC_QUEUE = 'contract-static';

@JobType('contract.greet', { queue: CONTRACT_QUEUE })
export class GreetJob {
  constructor(
    readonly name: string,
    readonly tags: string[] = [],
  ) {}

  greeting(): string {
    return `Hello ${this.name}`;
  }
}

@JobType('contract.flaky', { queue: CONTRACT_QUEUE, attempts: 4, backoffMs: 10 })
export class FlakyJob {
  constructor(readonly failuresBeforeSuccess: number) {}
}

@JobType('contract.broken', { queue: CONTRACT_QUEUE, attempts: 3, backoffMs: 10 })
export class BrokenJob {
  constructor(readonly label: string) {}
}

@JobType('contract.slow', { queue: CONTRACT_QUEUE })
export class SlowJob {
  constructor(readonly holdMs: number) {}
}

/** Declared by a static name, on a queue of its own. */
export class PingJob {
  static readonly jobType = 'contract.ping';
  static readonly jobOptions = { queue: STATIC_QUEUE };

  constructor(readonly sentAt: number) {}
}

@JobType('contract.orphan', { queue: CONTRACT_QUEUE })
export class OrphanJob {}

export interface ProbeCall {
  job: object;
  context: JobContext;
  at: number;
}

/** What the processors saw, shared with the test through DI. */
export class ContractProbe {
  readonly calls: ProbeCall[] = [];
  active = 0;
  maxActive = 0;
  finished = 0;

  callsOf(jobType: string): ProbeCall[] {
    return this.calls.filter((call) => call.context.jobType === jobType);
  }

  record(job: object, context: JobContext): void {
    this.calls.push({ job, context, at: Date.now() });
  }
}

@Injectable()
export class ContractProcessors {
  constructor(private readonly probe: ContractProbe) {}

  @Processor(GreetJob)
  async greet(job: GreetJob, context: JobContext): Promise<void> {
    this.probe.record(job, context);
  }

  @Processor(FlakyJob)
  async flaky(job: FlakyJob, context: JobContext): Promise<void> {
    this.probe.record(job, context);
    if (context.attempt <= job.failuresBeforeSuccess) throw new Error(`flaky attempt ${context.attempt}`);
  }

  @Processor(BrokenJob)
  async broken(job: BrokenJob, context: JobContext): Promise<void> {
    this.probe.record(job, context);
    throw new Error(`broken on purpose: ${job.label}`);
  }

  @Processor(SlowJob)
  async slow(job: SlowJob, context: JobContext): Promise<void> {
    this.probe.record(job, context);
    this.probe.active += 1;
    this.probe.maxActive = Math.max(this.probe.maxActive, this.probe.active);
    await sleep(job.holdMs);
    this.probe.active -= 1;
    this.probe.finished += 1;
  }

  @Processor(PingJob)
  async ping(job: PingJob, context: JobContext): Promise<void> {
    this.probe.record(job, context);
  }
}

/** A second handler for GreetJob: booting with both must fail. */
@Injectable()
export class RivalGreetProcessor {
  @Processor(GreetJob)
  async greetAgain(): Promise<void> {}
}

export const CONTRACT_JOBS = [GreetJob, FlakyJob, BrokenJob, SlowJob, PingJob];
