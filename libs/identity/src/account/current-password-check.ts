import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ValidationProblem } from '@3ipet/common';
import { PasswordHasher } from '../auth/password-hasher';
import { User } from '../users/user.entity';

/** Changes to how one signs in ask for the current password, so an unattended session cannot make them. */
@Injectable()
export class CurrentPasswordCheck {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
  ) {}

  async check(userId: string, password: string): Promise<void> {
    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.id = :userId', { userId })
      .getOneOrFail();
    if (!(await this.hasher.verify(user.passwordHash, password))) {
      throw new ValidationProblem([
        {
          field: 'currentPassword',
          rule: 'currentPassword',
          message: 'currentPassword is not the current password',
        },
      ]);
    }
  }
}
