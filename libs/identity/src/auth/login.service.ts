import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from '../users/user.entity';
import { InvalidCredentialsProblem } from './auth-problems';
import { LoginDto } from './auth.dto';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';
import { SessionView } from './session.views';

@Injectable()
export class LoginService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
  ) {}

  async login(credentials: LoginDto): Promise<SessionView> {
    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('lower(user.email) = lower(:email)', { email: credentials.email })
      .getOne();
    const passwordMatches = user
      ? await this.hasher.verify(user.passwordHash, credentials.password)
      : await this.hasher.verifyWithoutAccount(credentials.password);
    // A disabled account answers exactly like a wrong password, right password or not (the hash check above
    // always ran): otherwise whoever guesses a disabled account's password learns it, and that the account exists.
    if (!user || !passwordMatches || user.status !== 'active') throw new InvalidCredentialsProblem();

    const upgradedHash = this.hasher.needsRehash(user.passwordHash)
      ? await this.hasher.hash(credentials.password)
      : undefined;
    user.lastLoginAt = new Date();
    // Two independent autocommit statements, no transaction, run side by side: a sign-in stamp without a
    // session is harmless, and every round trip here is paid on top of the argon2 cost.
    // Raw SQL for the stamp so that updated_at keeps tracking changes to the account itself.
    const [, session] = await Promise.all([
      this.users.query(
        `UPDATE app_user SET last_login_at = $2, password_hash = coalesce($3, password_hash) WHERE id = $1`,
        [user.id, user.lastLoginAt, upgradedHash ?? null],
      ),
      this.sessions.start(this.users.manager, user),
    ]);
    return session;
  }
}
