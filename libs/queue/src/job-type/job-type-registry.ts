import { Injectable } from '@nestjs/common';
import type { JobClass } from './job-class';
import { getJobTypeDefinition } from './job-type.decorator';
import type { JobTypeDefinition } from './job-type-options';

export interface RegisteredJobType {
  jobClass: JobClass;
  definition: JobTypeDefinition;
}

/** The job types the feature modules declared with `QueueModule.registerJobs`. */
@Injectable()
export class JobTypeRegistry {
  private readonly byName = new Map<string, RegisteredJobType>();

  register(jobClasses: readonly JobClass[]): void {
    for (const jobClass of jobClasses) {
      const definition = getJobTypeDefinition(jobClass);
      const existing = this.byName.get(definition.name);
      if (existing && existing.jobClass !== jobClass) {
        throw new Error(
          `Job type ${definition.name} is declared by two classes: ${existing.jobClass.name} and ${jobClass.name}`,
        );
      }
      this.byName.set(definition.name, { jobClass, definition });
    }
  }

  all(): RegisteredJobType[] {
    return [...this.byName.values()];
  }
}
