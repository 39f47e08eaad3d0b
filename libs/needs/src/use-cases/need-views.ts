import { Injectable } from '@nestjs/common';
import { OrganizationsService } from '@3ipet/identity';
import type { NeedView } from '../dto/need.view';
import type { Need } from '../need/need.entity';

/** Needs with their organisation's public profile, one lookup per batch. */
@Injectable()
export class NeedViews {
  constructor(private readonly organizations: OrganizationsService) {}

  async one(need: Need): Promise<NeedView> {
    const [view] = await this.many([need]);
    return view;
  }

  async many(needs: Need[]): Promise<NeedView[]> {
    const organizations = new Map(
      (await this.organizations.findPublicByIds(needs.map((need) => need.organizationId))).map((o) => [
        o.id,
        o,
      ]),
    );
    return needs.map(({ createdBy: _createdBy, ...need }) => ({
      ...need,
      organization: organizations.get(need.organizationId) ?? null,
    }));
  }
}
