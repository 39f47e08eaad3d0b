import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UnauthorizedProblem } from '@3ipet/common';
import { User } from '../users/user.entity';
import { AuthContext } from './auth-context';

/**
 * Turns a verified token's user id into the caller's current role and organisation.
 * Read on every request (one primary-key lookup) so that disabling a user or changing a role
 * takes effect at once, not when the access token expires.
 */
@Injectable()
export class ActorLoader {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async load(userId: string): Promise<AuthContext> {
    const user = await this.users.findOne({
      where: { id: userId },
      select: { id: true, role: true, organizationId: true, status: true },
    });
    if (!user || user.status !== 'active')
      throw new UnauthorizedProblem('This account is disabled or no longer exists.');
    return { userId: user.id, organizationId: user.organizationId, role: user.role };
  }
}
