import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UnauthorizedProblem } from '@3ipet/common';
import { Actor } from '../authorization/auth-context';
import { Organization } from '../organizations/organization.entity';
import { organizationViewFor } from '../organizations/organization.views';
import { User } from './user.entity';
import { MeView, toUserView } from './user.views';

@Injectable()
export class MeService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
  ) {}

  async get(actor: Actor): Promise<MeView> {
    if (!actor) throw new UnauthorizedProblem();
    const user = await this.users.findOneBy({ id: actor.userId });
    if (!user) throw new UnauthorizedProblem();
    const org = user.organizationId ? await this.organizations.findOneBy({ id: user.organizationId }) : null;
    return { user: toUserView(user), organization: org ? organizationViewFor(actor, org) : null };
  }
}
