import 'reflect-metadata';

import type { JobClass } from './job-class';
import {
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  DEFAULT_QUEUE,
  type JobTypeDefinition,
  type JobTypeOptions,
} from './job-type-options';

const JOB_TYPE_METADATA = Symbol('3ipet.queue.job-type');

/** A payload class declared by a static name instead of the decorator. */
export interface StaticallyNamedJobClass {
  readonly jobType: string;
  readonly jobOptions?: JobTypeOptions;
}

export function JobType(name: string, options: JobTypeOptions = {}): ClassDecorator {
  const definition = defineJobType(name, options);
  return (target) => {
    Reflect.defineMetadata(JOB_TYPE_METADATA, definition, target);
  };
}

export function getJobTypeDefinition(jobClass: JobClass): JobTypeDefinition {
  // getOwnMetadata: a subclass of a job class is not silently the same job type.
  const decorated: JobTypeDefinition | undefined = Reflect.getOwnMetadata(JOB_TYPE_METADATA, jobClass);
  if (decorated) return decorated;
  const statically = jobClass as Partial<StaticallyNamedJobClass>;
  if (Object.hasOwn(jobClass, 'jobType') && typeof statically.jobType === 'string') {
    return defineJobType(statically.jobType, statically.jobOptions ?? {});
  }
  throw new Error(
    `${jobClass.name} is not a job type: decorate it with @JobType('<name>') or give it a static jobType`,
  );
}

function defineJobType(name: string, options: JobTypeOptions): JobTypeDefinition {
  const definition: JobTypeDefinition = {
    name,
    queue: options.queue ?? DEFAULT_QUEUE,
    attempts: options.attempts ?? DEFAULT_ATTEMPTS,
    backoffMs: options.backoffMs ?? DEFAULT_BACKOFF_MS,
  };
  assertValidDefinition(definition);
  return definition;
}

function assertValidDefinition({ name, queue, attempts, backoffMs }: JobTypeDefinition): void {
  if (name.trim() === '') throw new Error('A job type needs a non-empty name');
  if (queue.trim() === '' || queue.includes(':')) {
    throw new Error(`Job type ${name}: queue name "${queue}" must be non-empty and contain no ":"`);
  }
  if (!Number.isInteger(attempts) || attempts < 1) {
    throw new Error(`Job type ${name}: attempts must be a positive integer, got ${attempts}`);
  }
  if (!Number.isFinite(backoffMs) || backoffMs < 0) {
    throw new Error(`Job type ${name}: backoffMs must be a non-negative number, got ${backoffMs}`);
  }
}
