import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { hydratePayload, JobCatalog, type JobRoute } from '../job-catalog';
import type { JobContext } from '../job-context';
import type { JobClass } from '../job-type/job-class';
import { getJobTypeDefinition } from '../job-type/job-type.decorator';
import { JobTypeRegistry } from '../job-type/job-type-registry';
import { getProcessorMethods } from './processor.decorator';

interface FoundHandler {
  jobClass: JobClass;
  handlerName: string;
  invoke(job: object, context: JobContext): Promise<unknown>;
}

/** Pairs every registered job type with exactly one `@Processor` method, or fails the boot saying which. */
@Injectable()
export class ProcessorExplorer {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly registry: JobTypeRegistry,
  ) {}

  buildCatalog(): JobCatalog {
    const handlersByType = this.findHandlersByType();
    const routes = this.registry.all().map(({ jobClass, definition }): JobRoute => {
      const handlers = handlersByType.get(definition.name) ?? [];
      handlersByType.delete(definition.name);
      if (handlers.length === 0) {
        throw new Error(
          `Job type ${definition.name} (${jobClass.name}) has no processor: ` +
            `decorate a provider method with @Processor(${jobClass.name}) in a module this app imports`,
        );
      }
      if (handlers.length > 1) {
        const names = handlers.map((handler) => handler.handlerName).join(' and ');
        throw new Error(`Job type ${definition.name} (${jobClass.name}) has two processors: ${names}`);
      }
      const [handler] = handlers;
      if (handler.jobClass !== jobClass) {
        throw new Error(
          `Job type ${definition.name}: ${handler.handlerName} handles ${handler.jobClass.name}, ` +
            `but ${jobClass.name} is the registered class of that name`,
        );
      }
      return {
        jobClass,
        definition,
        handlerName: handler.handlerName,
        handle: (payload, context) => handler.invoke(hydratePayload(jobClass, payload), context),
      };
    });
    for (const [jobType, [handler]] of handlersByType) {
      throw new Error(
        `${handler.handlerName} handles job type ${jobType}, which no module registered: ` +
          `add ${handler.jobClass.name} to QueueModule.registerJobs([...])`,
      );
    }
    return new JobCatalog(routes);
  }

  private findHandlersByType(): Map<string, FoundHandler[]> {
    const handlersByType = new Map<string, FoundHandler[]>();
    const seenInstances = new Set<object>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (typeof instance !== 'object' || instance === null || seenInstances.has(instance)) continue;
      // Aliases (useExisting) expose the same instance under a second token.
      seenInstances.add(instance);
      if (typeof instance.constructor !== 'function') continue;
      const methods = getProcessorMethods(instance.constructor);
      if (methods.length === 0) continue;
      if (!wrapper.isDependencyTreeStatic()) {
        throw new Error(
          `${instance.constructor.name} has @Processor methods and must be a singleton provider`,
        );
      }
      for (const { methodName, jobClass } of methods) {
        const jobType = getJobTypeDefinition(jobClass).name;
        const method = (instance as Record<string | symbol, unknown>)[methodName];
        if (typeof method !== 'function') throw new Error(`${String(methodName)} is not a method`);
        const handler: FoundHandler = {
          jobClass,
          handlerName: `${instance.constructor.name}.${String(methodName)}`,
          invoke: async (job, context) => method.call(instance, job, context),
        };
        handlersByType.set(jobType, [...(handlersByType.get(jobType) ?? []), handler]);
      }
    }
    return handlersByType;
  }
}
