import { Injectable } from '@nestjs/common';
import { ValidationProblem, flattenValidationErrors } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password-hasher';
import { EmailAddress, Password, SingleLineText } from '../shared/field-rules';
import { insertUser } from './user-accounts';
import { UserView, toUserView } from './user.views';

export class NewAdminInput {
  @EmailAddress()
  email!: string;

  @SingleLineText(1, 100)
  displayName!: string;

  @Password()
  password!: string;
}

/** Creates platform admins from the operator command line (`npm run admin:create`); never reachable over HTTP. */
@Injectable()
export class AdminAccountService {
  constructor(
    private readonly hasher: PasswordHasher,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async createAdmin(input: NewAdminInput): Promise<UserView> {
    const fields = plainToInstance(NewAdminInput, input);
    const errors = await validate(fields, { forbidUnknownValues: true });
    if (errors.length > 0) throw new ValidationProblem(flattenValidationErrors(errors));
    const passwordHash = await this.hasher.hash(fields.password);
    return this.transactions.run(async (manager) => {
      const user = await insertUser(manager, {
        email: fields.email,
        displayName: fields.displayName,
        passwordHash,
        role: 'admin',
        organizationId: null,
      });
      await this.audit.record(manager, {
        actorId: null,
        action: 'user.admin-created',
        targetType: 'user',
        targetId: user.id,
        before: null,
        after: { email: user.email, role: 'admin' },
      });
      return toUserView(user);
    });
  }
}
