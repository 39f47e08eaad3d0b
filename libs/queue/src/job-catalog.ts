import type { JobContext } from './job-context';
import type { JobClass } from './job-type/job-class';
import type { JobTypeDefinition } from './job-type/job-type-options';

export type JobPayload = Record<string, unknown>;

export interface JobRoute {
  jobClass: JobClass;
  definition: JobTypeDefinition;
  /** Where the handler lives, for error messages. */
  handlerName: string;
  /** Re-hydrates the stored JSON payload into the job class, then runs the handler. */
  handle(payload: unknown, context: JobContext): Promise<unknown>;
}

/** Every job type this process knows, each with its one handler; built once at boot. */
export class JobCatalog {
  private readonly routesByName: ReadonlyMap<string, JobRoute>;
  private readonly routesByClass: ReadonlyMap<unknown, JobRoute>;

  constructor(routes: readonly JobRoute[]) {
    this.routesByName = new Map(routes.map((route) => [route.definition.name, route]));
    this.routesByClass = new Map(routes.map((route) => [route.jobClass, route]));
  }

  queueNames(): string[] {
    return [...new Set([...this.routesByName.values()].map((route) => route.definition.queue))];
  }

  routeOf(job: object): JobRoute {
    const route = this.routesByClass.get(job.constructor);
    if (!route) {
      throw new Error(
        `${job.constructor.name} is not a registered job type: list it in QueueModule.registerJobs([...]) ` +
          'of the module that owns it',
      );
    }
    return route;
  }

  routeNamed(jobType: string): JobRoute {
    const route = this.routesByName.get(jobType);
    if (!route) throw new Error(`Job type ${jobType} is not registered in this process`);
    return route;
  }
}

export function hydratePayload<T extends object>(jobClass: JobClass<T>, payload: unknown): T {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new Error(`Payload of ${jobClass.name} must be a JSON object, got ${JSON.stringify(payload)}`);
  }
  return Object.assign(Object.create(jobClass.prototype) as T, payload);
}
