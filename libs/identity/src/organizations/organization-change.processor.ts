import { Injectable } from '@nestjs/common';
import { Processor } from '@3ipet/queue';
import { OrganizationChangeHooks } from './organization-change-hooks';
import { OrganizationChangedJob } from './organization-changed.job';

@Injectable()
export class OrganizationChangeProcessor {
  constructor(private readonly hooks: OrganizationChangeHooks) {}

  @Processor(OrganizationChangedJob)
  async onOrganizationChanged(job: OrganizationChangedJob): Promise<void> {
    await this.hooks.notify(job.organizationId);
  }
}
