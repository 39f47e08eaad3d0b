import { Injectable } from '@nestjs/common';

export type OrganizationChangeListener = (organizationId: string) => Promise<void>;

/**
 * The domain-event seam for "an organisation's name, country or verification changed": libs that copy
 * those fields (catalog, needs) register a listener in their onModuleInit and run inside the
 * `identity.organization-changed` job. A listener that throws fails the job, which is retried and runs
 * every listener again; listeners must therefore be idempotent.
 */
@Injectable()
export class OrganizationChangeHooks {
  private readonly listeners: OrganizationChangeListener[] = [];

  onOrganizationChanged(listener: OrganizationChangeListener): void {
    this.listeners.push(listener);
  }

  async notify(organizationId: string): Promise<void> {
    for (const listener of this.listeners) await listener(organizationId);
  }
}
